using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Reads what a page says about its story: headline, publication date, outlet and address. Each field comes from
/// the most reliable place that has it; a field the page does not state stays null rather than being guessed.
/// </summary>
internal sealed partial record PageMetadata(string? Headline, DateOnly? Date, string? SiteName, string? Url)
{
    public static PageMetadata Read(IDocument document, IElement storyRoot)
    {
        var siteName = HtmlText.Collapse(Meta(document, "og:site_name"));
        // The story's own h1 (the story element may be just the body text, so look in its article too) beats the
        // page title; a page-wide h1 comes last because some sites put their logo in one.
        var headline = FirstText(storyRoot.QuerySelector("h1") ?? storyRoot.Closest("article, main, [role=main]")?.QuerySelector("h1"))
            ?? PageTitle.WithoutSiteName(Meta(document, "og:title"), siteName)
            ?? PageTitle.WithoutSiteName(document.Title, siteName)
            ?? FirstText(document.QuerySelector("h1"));

        // The declared publication time beats a time element, which may belong to an update note or a teaser.
        var date = IsoDate(Meta(document, "article:published_time"))
            ?? IsoDate(document.QuerySelector("[itemprop~=datePublished]")?.GetAttribute("content"))
            ?? IsoDate(storyRoot.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? IsoDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var url = AbsoluteWebAddress(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? AbsoluteWebAddress(Meta(document, "og:url"));
        return new PageMetadata(headline, date, siteName, url);
    }

    /// <summary>A meta tag's content, by property (Open Graph) or name (older pages use either).</summary>
    private static string? Meta(IDocument document, string key) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                                    || string.Equals(meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    // A headline is shown to teachers as a title, so a no-break space in it reads as an ordinary one.
    private static string? FirstText(IElement? element) => HtmlText.Collapse(element?.TextContent.Replace('\u00A0', ' '));

    /// <summary>
    /// The calendar date as the page wrote it. The offset is deliberately ignored: a story published late on
    /// 16 December in Beirut is dated the 16th, even though it was already the 17th somewhere else.
    /// </summary>
    private static DateOnly? IsoDate(string? value)
    {
        var match = value is null ? null : IsoDatePrefix().Match(value);
        return match is { Success: true }
               && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string? AbsoluteWebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDatePrefix();
}
