namespace AleppoQuiz.Server.Data;

/// <summary>
/// What a game was played for, kept beside <see cref="StoredGame"/> rather than in it: the class it was attached
/// to and, for homework, the assignment it is an attempt at. A live game with neither has no link row.
/// </summary>
public sealed class StoredGameLink
{
    public const string LiveKind = "live";
    public const string PracticeKind = "practice";

    public required string GameId { get; set; }
    /// <summary><see cref="LiveKind"/> or <see cref="PracticeKind"/> (one player, self-paced).</summary>
    public required string Kind { get; set; }
    public string? ClassId { get; set; }
    public string? AssignmentId { get; set; }
}

/// <summary>The roster student a player of a class game picked, so results follow the student across games.</summary>
public sealed class StoredPlayerStudent
{
    public required string GameId { get; set; }
    public int PlayerId { get; set; }
    public required string StudentId { get; set; }
}
