namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// What a saved news page yields before line cleaning: the story's paragraphs and what the page says about itself.
/// The metadata fields are candidates only; whoever imports the page decides whether they fill blanks or not.
/// </summary>
public sealed record HtmlPage
{
    /// <summary>
    /// The story, one paragraph per line, entities decoded and each paragraph's words exactly as the page shows them.
    /// Feed it to <see cref="ArticleCleaner"/> (or <see cref="ArticleImporter"/>) like any pasted text.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>The page's headline: its main <c>h1</c>, else its title without a " - Site name" suffix.</summary>
    public string? Headline { get; init; }

    /// <summary>The publication date the page declares (<c>article:published_time</c> or a <c>time</c> element).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The outlet the page names itself (<c>og:site_name</c>).</summary>
    public string? SiteName { get; init; }

    /// <summary>The page's canonical address, when it declares an absolute http(s) one.</summary>
    public string? Url { get; init; }

    public IReadOnlyList<string> Paragraphs =>
        Text.Length == 0 ? [] : Text.Split('\n');
}
