namespace AleppoQuiz.Core.Game;

/// <summary>An ordered list of questions to play. Questions are asked in list order.</summary>
public sealed record GameQuiz(string Title, IReadOnlyList<GameQuestion> Questions);

/// <summary>How a question is answered and therefore how an answer is checked and scored.</summary>
public enum QuestionKind
{
    /// <summary>Pick exactly one option; any option listed as correct earns full credit.</summary>
    Single,

    /// <summary>Pick one or more options; partial credit is possible (see docs/scoring.md).</summary>
    Multi,

    /// <summary>Two options, exactly one of them correct.</summary>
    TrueFalse,

    /// <summary>Arrange every option; only the exact correct sequence earns credit.</summary>
    Order,

    /// <summary>Type a short answer; one matching an accepted answer (see <see cref="TypedAnswerMatcher"/>) earns credit.</summary>
    TypeAnswer,

    /// <summary>Pick one option; there is no right answer, no credit and no points, and streaks stand.</summary>
    Poll,

    /// <summary>
    /// Select one unbroken run of a passage's words; the options are the words and the correct ids the evidence
    /// span. Credit comes from how much the selection and the evidence overlap (see <see cref="EvidenceOverlap"/>).
    /// </summary>
    FindEvidence,
}

/// <summary>
/// One question as the engine needs it. It is deliberately separate from the question bank's own types: the
/// caller converts, and the engine never learns how questions are authored or stored.
/// </summary>
public sealed record GameQuestion
{
    public required string Id { get; init; }

    public required QuestionKind Kind { get; init; }

    public required string Prompt { get; init; }

    /// <summary>Player-visible option texts. An option's id is its index in this list. None for a typed answer.</summary>
    public required IReadOnlyList<string> Options { get; init; }

    /// <summary>
    /// The correct option ids. For <see cref="QuestionKind.Order"/> this is the correct sequence, first to last,
    /// and must name every option once.
    /// </summary>
    public required IReadOnlyList<int> CorrectOptionIds { get; init; }

    public required TimeSpan TimeLimit { get; init; }

    /// <summary>
    /// What a <see cref="QuestionKind.TypeAnswer"/> question accepts; the first is the canonical answer shown at the
    /// reveal. Never part of a player-bound view before the reveal.
    /// </summary>
    public IReadOnlyList<string> AcceptedAnswers { get; init; } = [];

    /// <summary>
    /// Shows the options in authored order where order is meaning ("none of the above", ranges). Otherwise the
    /// options of every kind are shown in an order drawn for the game, so the key's position tells nothing.
    /// </summary>
    public bool KeepOrder { get; init; }

    /// <summary>
    /// For <see cref="QuestionKind.FindEvidence"/>, how the words are laid out and where they come from; null for
    /// every other kind. It tells nothing about the evidence, so it may be shown before the reveal.
    /// </summary>
    public QuestionPassage? Passage { get; init; }

    /// <summary>Scales the base points; 0 makes a warm-up question worth nothing, 2 doubles it.</summary>
    public decimal PointsMultiplier { get; init; } = 1m;

    /// <summary>
    /// Whatever the caller wants shown at reveal time (explanation, evidence references). The engine hands it
    /// back untouched inside <see cref="RevealView"/> and never looks inside.
    /// </summary>
    public object? RevealPayload { get; init; }

    public int OptionCount => Options.Count;
}
