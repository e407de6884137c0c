namespace AleppoQuiz.Core.Articles;

/// <summary>
/// One cleaned news story as kept in <c>question-bank/articles/</c>: who published it and the story text
/// that every evidence quote points into. Offsets into <see cref="Text"/> are .NET string indices.
/// </summary>
public sealed record ArticleDocument
{
    public required string Id { get; init; }
    public required string Outlet { get; init; }
    /// <summary>The agency the outlet credits for the story (Reuters for BBC and NBC), or the outlet itself.</summary>
    public required string WireCredit { get; init; }
    public required DateOnly Date { get; init; }
    public required string Title { get; init; }
    /// <summary>Where the headline came from: "published" when the raw file carried it, "editor" otherwise.</summary>
    public string TitleSource { get; init; } = "published";
    public string? Url { get; init; }
    /// <summary>The name of the raw file this story was cleaned from, so an import can be traced and repeated.</summary>
    public string? OriginalFile { get; init; }
    /// <summary>Paragraphs separated by one blank line; no trailing newline.</summary>
    public required string Text { get; init; }
}
