namespace AleppoQuiz.Core.QuestionBank;

public enum QuestionType
{
    Single,
    Multi,
    TrueFalse,
    Order,

    /// <summary>The student types a short answer, matched against the author's accepted answers.</summary>
    TypeAnswer,

    /// <summary>An opinion question: no right answer and no points; the class sees its spread.</summary>
    Poll,

    /// <summary>
    /// The student selects, in a quoted passage, the words that show the claim: the passage is
    /// <see cref="Question.Passage"/> and the words to find are the first evidence quote, which lies inside it.
    /// </summary>
    FindEvidence,
}

public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>A quiz question as a teacher wrote it, with its evidence resolved against the article texts.</summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required QuestionType Type { get; init; }
    public required string Skill { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required int TimeLimitSeconds { get; init; }
    /// <summary>Points for a fast correct answer; a teacher doubles this for a question that matters more.</summary>
    public int Points { get; init; } = DefaultPoints;
    public required string Prompt { get; init; }

    /// <summary>
    /// The author's own shorter wording of <see cref="Prompt"/>, for tools that cap a question's length (Kahoot takes
    /// 120 characters); null when the author wrote none. Never made up from the prompt: cutting a question can
    /// change what it asks.
    /// </summary>
    public string? ShortPrompt { get; init; }
    /// <summary>
    /// For <see cref="QuestionType.Order"/> the options are listed in their correct order; a
    /// <see cref="QuestionType.TypeAnswer"/> question has none.
    /// </summary>
    public required IReadOnlyList<QuestionOption> Options { get; init; }

    /// <summary>
    /// What a <see cref="QuestionType.TypeAnswer"/> question accepts, spelling variants included; the first is the
    /// canonical answer shown at the reveal. Empty for every other type.
    /// </summary>
    public IReadOnlyList<string> AcceptedAnswers { get; init; } = [];

    /// <summary>
    /// Shows the options in authored order, for questions whose order carries meaning ("none of the above",
    /// ranges); otherwise single, multi and true/false options are shuffled for each game.
    /// </summary>
    public bool KeepOrder { get; init; }
    public required string Explanation { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>
    /// For <see cref="QuestionType.FindEvidence"/>, the paragraphs or sentences shown to the student, quoted from one
    /// article; the first evidence quote is the span inside it to find. Null for every other type.
    /// </summary>
    public Evidence? Passage { get; init; }

    public const int DefaultPoints = 1000;

    /// <summary>The longest <see cref="ShortPrompt"/>: Kahoot's limit, the tightest of the tools quizzes move to.</summary>
    public const int ShortPromptMaxLength = 120;

    /// <summary>
    /// Indexes of the correct options; for an ordering question, the correct sequence. Empty for a poll, which has
    /// no right answer, and for a type-answer question, which has no options.
    /// </summary>
    public IReadOnlyList<int> CorrectOptionIndexes => Type switch
    {
        QuestionType.Order => Enumerable.Range(0, Options.Count).ToArray(),
        QuestionType.Poll or QuestionType.TypeAnswer or QuestionType.FindEvidence => [],
        _ => Options.Select((option, index) => (option, index)).Where(x => x.option.Correct).Select(x => x.index).ToArray(),
    };

    /// <summary>Whether the author may pin this type's option order; other types are never shuffled or always are.</summary>
    public static bool CanKeepOrder(QuestionType type) =>
        type is QuestionType.Single or QuestionType.Multi or QuestionType.TrueFalse;
}

public sealed record QuestionOption(string Text, bool Correct);

/// <summary>
/// A passage of one article that backs a question. <see cref="Start"/> and <see cref="End"/> are the quote's
/// character span in the cleaned article text; both are -1 until the loader has found the quote.
/// </summary>
public sealed record Evidence(string ArticleId, string Quote, int Start = -1, int End = -1)
{
    public bool IsResolved => Start >= 0;
}

public sealed record Quiz
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required IReadOnlyList<Question> Questions { get; init; }
}
