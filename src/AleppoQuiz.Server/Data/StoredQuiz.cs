namespace AleppoQuiz.Server.Data;

public sealed class StoredQuiz
{
    /// <summary>The teacher who owns this; null for the built-in content every teacher can use.</summary>
    public string? OwnerId { get; set; }

    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Origin { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>Goes up by one with every saved edit; an edit made against an older version is refused.</summary>
    public int Version { get; set; }
    public List<StoredQuestion> Questions { get; set; } = [];
}

public sealed class StoredQuestion
{
    public required string Id { get; set; }
    public required string QuizId { get; set; }
    public int Position { get; set; }
    public required string Type { get; set; }
    public required string Skill { get; set; }
    public required string Difficulty { get; set; }
    public int TimeLimitSeconds { get; set; }
    public int Points { get; set; }
    public required string Prompt { get; set; }
    /// <summary>The author's shorter wording for tools that cap a question's length; null when none was written.</summary>
    public string? ShortPrompt { get; set; }
    public required string Explanation { get; set; }
    /// <summary>Options shown in authored order rather than shuffled per game.</summary>
    public bool KeepOrder { get; set; }
    /// <summary>The options; for a type-answer question, its accepted answers (all marked correct).</summary>
    public List<StoredOption> Options { get; set; } = [];
    public List<StoredEvidence> Evidence { get; set; } = [];
}

public sealed class StoredOption
{
    public required string QuestionId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public bool Correct { get; set; }
}

/// <summary>A quote of an article backing a question, with its resolved character span.</summary>
public sealed class StoredEvidence
{
    public required string QuestionId { get; set; }
    public int Position { get; set; }
    public required string ArticleId { get; set; }
    public required string Quote { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
