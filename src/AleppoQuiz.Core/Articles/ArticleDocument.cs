namespace AleppoQuiz.Core.Articles;

/// <summary>
/// One cleaned news story as kept in <c>question-bank/articles/</c>: who published it and the story text
/// that every evidence quote points into. Offsets into <see cref="Text"/> are .NET string indices.
/// </summary>
public sealed record ArticleDocument
{
    public required string Id { get; init; }
    public required string Outlet { get; init; }
    /// <summary>
    /// Who the outlet credits for the story: an agency (Reuters for NBC), a joint credit ("BBC / Reuters"), or the
    /// outlet itself.
    /// </summary>
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

    /// <summary>Paragraphs of <see cref="Text"/> (numbered from 1) that are photo captions, not the outlet's reporting.</summary>
    public IReadOnlyList<int> CaptionParagraphs { get; init; } = [];

    /// <summary>The paragraph of <see cref="Text"/> (numbered from 1) that is the story's credit line, if it kept one.</summary>
    public int? CreditLineParagraph { get; init; }

    /// <summary>Whether the title is the headline the outlet published; an editor's title is never shown as one.</summary>
    public bool HasPublishedTitle => TitleSource == ArticleImporter.PublishedTitle;

    // Two documents are the same article when every field matches, the paragraph numbers by value.
    public bool Equals(ArticleDocument? other) =>
        other is not null
        && (Id, Outlet, WireCredit, Date, Title, TitleSource, Url, OriginalFile, Text, CreditLineParagraph)
            == (other.Id, other.Outlet, other.WireCredit, other.Date, other.Title, other.TitleSource, other.Url, other.OriginalFile, other.Text, other.CreditLineParagraph)
        && CaptionParagraphs.SequenceEqual(other.CaptionParagraphs);

    public override int GetHashCode() => HashCode.Combine(Id, Text, CaptionParagraphs.Count, CreditLineParagraph);
}
