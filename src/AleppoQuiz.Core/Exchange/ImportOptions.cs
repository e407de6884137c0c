using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// What an import fills in when the file does not say. Files from other tools carry none of our teaching
/// metadata, so every default here is documented in docs/exchange-formats.md and the bank validator reports what
/// a teacher still has to add (evidence above all).
/// </summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The skill of a question whose file names none: attribution itself, the skill every quiz here trains. Not
    /// who-said-it, whose extra check would flag every answer of a question that has no evidence yet.
    /// </summary>
    public string DefaultSkill { get; init; } = "attributed-or-asserted";

    public Difficulty DefaultDifficulty { get; init; } = Difficulty.Medium;

    public int DefaultTimeLimitSeconds { get; init; } = 20;

    /// <summary>
    /// The uploaded file's name, if any: it becomes the quiz id and title when the file itself has neither
    /// (plain Moodle and Kahoot files have no quiz id).
    /// </summary>
    public string? SourceName { get; init; }
}
