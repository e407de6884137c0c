namespace AleppoQuiz.Server.Data;

/// <summary>A cleaned news story kept in the database, the text that evidence spans point into.</summary>
public sealed class StoredArticle
{
    /// <summary>The teacher who owns this; null for the built-in content every teacher can use.</summary>
    public string? OwnerId { get; set; }

    public required string Id { get; set; }
    public required string Outlet { get; set; }
    public required string WireCredit { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public required string TitleSource { get; set; }
    public string? Url { get; set; }
    public string? OriginalFile { get; set; }
    public required string Text { get; set; }
    /// <summary>Numbers of the paragraphs that are photo captions, space-separated ("1 8 13"); null when none.</summary>
    public string? CaptionParagraphs { get; set; }
    /// <summary>Number of the paragraph that is the story's credit line, if it has one.</summary>
    public int? CreditLineParagraph { get; set; }
    /// <summary>Where the article came from: <see cref="ContentOrigin.Bank"/> for the built-in corpus.</summary>
    public required string Origin { get; set; }
    /// <summary>A hash of the imported content, so a restart re-imports only what changed.</summary>
    public required string ContentHash { get; set; }
}

/// <summary>Where stored content came from: the built-in bank, or a teacher (who then owns it).</summary>
public static class ContentOrigin
{
    public const string Bank = "bank";
    public const string Teacher = "teacher";
}
