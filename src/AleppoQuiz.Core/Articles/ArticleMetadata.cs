namespace AleppoQuiz.Core.Articles;

/// <summary>
/// What a person knows about a raw story that its text may not say: the outlet, the date, a title.
/// Fields left null are taken from the raw text where it carries them (headline, wire credit, dateline);
/// fields given here and also found in the text must agree, so the two sources check each other.
/// </summary>
public sealed record ArticleMetadata
{
    public required string Id { get; init; }
    public required string Outlet { get; init; }
    public string? WireCredit { get; init; }
    public DateOnly? Date { get; init; }
    public string? Title { get; init; }

    /// <summary>"published" or "editor"; when null, "published" for a headline found in the text, otherwise "editor".</summary>
    public string? TitleSource { get; init; }

    public string? Url { get; init; }
}
