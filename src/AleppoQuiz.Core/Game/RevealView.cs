namespace AleppoQuiz.Core.Game;

/// <summary>Why a question stopped accepting answers.</summary>
public enum QuestionCloseReason
{
    Deadline,
    AllAnswered,
    Skipped,
}

/// <summary>
/// One option's tally at reveal. For single, multi and true/false questions <see cref="Count"/> is how many
/// players picked the option; for order questions it is how many placed it in its correct position; for
/// find-the-evidence it is how many selections covered the word, which is the class's heat map.
/// </summary>
public sealed record OptionTally(int Id, string Text, int Count, bool IsCorrect);

/// <summary>One group of typed answers that match each other, as the first of them was written.</summary>
public sealed record TypedAnswerTally(string Text, int Count, bool IsAccepted);

/// <summary>What the projector and players see once a question closes.</summary>
public sealed record RevealView
{
    public required int Index { get; init; }

    public required int Total { get; init; }

    public required QuestionKind Kind { get; init; }

    /// <summary>In the same display order the players saw.</summary>
    public required IReadOnlyList<OptionTally> Distribution { get; init; }

    /// <summary>The correct option ids; for order questions, the correct sequence.</summary>
    public required IReadOnlyList<int> CorrectOptionIds { get; init; }

    /// <summary>For a type-answer question, what the class typed, grouped; empty otherwise.</summary>
    public IReadOnlyList<TypedAnswerTally> TypedAnswers { get; init; } = [];

    /// <summary>For a type-answer question, the accepted answers, canonical first; empty otherwise.</summary>
    public IReadOnlyList<string> AcceptedAnswers { get; init; } = [];

    /// <summary>The question's reveal payload, exactly as supplied.</summary>
    public object? RevealPayload { get; init; }

    public required int AnsweredCount { get; init; }

    public required int FullyCorrectCount { get; init; }

    /// <summary>
    /// A find-the-evidence passage's outlet, title, paragraphs and sentences, as the question showed them, so a
    /// screen that opens on the reveal (a refreshed projector or phone) lays out the heat map like the passage;
    /// null for other kinds.
    /// </summary>
    public QuestionPassage? Passage { get; init; }

    /// <summary>Answers with full credit; for find-the-evidence, the players who found the evidence.</summary>
    public int FoundCount { get; init; }

    /// <summary>Answers with some credit but not all: a selection that overlaps the evidence without being found.</summary>
    public int PartlyFoundCount { get; init; }

    public required QuestionCloseReason CloseReason { get; init; }
}
