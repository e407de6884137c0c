using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// A quiz given as homework: students open its link and play alone at their own pace, each attempt stored as a
/// game of kind "practice" so it shows up in the same reports as live games.
/// </summary>
public sealed class PracticeAssignment
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public required string QuizId { get; set; }
    public required string QuizTitle { get; set; }
    /// <summary>The questions as assigned (a JSON column): every attempt plays the same ones, whatever edits follow.</summary>
    public required GameQuiz QuizSnapshot { get; set; }
    /// <summary>When set, students pick their name from this class's roster; otherwise they choose a nickname.</summary>
    public string? ClassId { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
