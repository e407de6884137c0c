namespace AleppoQuiz.Core.Game;

/// <summary>An option as players see it: the id to send back and its text.</summary>
public sealed record OptionView(int Id, string Text);

/// <summary>
/// What a player may see of a find-the-evidence passage besides its words: whose report it is and how the words
/// fall into paragraphs and sentences. Word ids are indexes into the question's options.
/// </summary>
/// <param name="Outlet">The outlet that published the article, named on screen so the passage is attributed too.</param>
/// <param name="Title">The headline as the outlet published it; null where the article's title was written by an editor.</param>
/// <param name="ParagraphStarts">Ids of the first word of each paragraph, ascending, starting with 0.</param>
/// <param name="SentenceStarts">
/// Ids of the first word of each sentence, ascending, starting with 0; screen readers offer sentences as units.
/// </param>
public sealed record QuestionPassage(
    string Outlet,
    string? Title,
    IReadOnlyList<int> ParagraphStarts,
    IReadOnlyList<int> SentenceStarts);

/// <summary>
/// What every player and the projector may see of the current question, in QuestionPreview or Answering.
/// It never carries correct answers, so the hub can broadcast it as is. Options are in display order, which for
/// order questions is shuffled.
/// </summary>
public sealed record QuestionView
{
    public required int Index { get; init; }

    public required int Total { get; init; }

    public required QuestionKind Kind { get; init; }

    public required string Prompt { get; init; }

    /// <summary>For find-the-evidence, the words of the passage in reading order (id = word index, never shuffled).</summary>
    public required IReadOnlyList<OptionView> Options { get; init; }

    /// <summary>A find-the-evidence passage's outlet, title, paragraphs and sentences; null for other kinds.</summary>
    public QuestionPassage? Passage { get; init; }

    public required GamePhase Phase { get; init; }

    public required long TimeLimitMs { get; init; }

    public required decimal PointsMultiplier { get; init; }

    public required bool IsPaused { get; init; }

    /// <summary>When answering opens (or opened); null while paused because it is not known until resume.</summary>
    public DateTimeOffset? AnsweringOpensAt { get; init; }

    /// <summary>The server's answer deadline; null while paused. Answers received at or after it are too late.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Reading time left, as of when the view was built; 0 once answering is open.</summary>
    public required long ReadingRemainingMs { get; init; }

    /// <summary>Answer time left, as of when the view was built; the full limit while still in preview.</summary>
    public required long AnswerRemainingMs { get; init; }
}
