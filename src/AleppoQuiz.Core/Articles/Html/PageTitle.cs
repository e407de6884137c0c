using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Turns a page's title into a headline by removing the site name pages append ("Talks resume - Example News",
/// "Talks resume | World | Example News"). When the page names its site, only that name and the section labels
/// before it are taken off; otherwise only one short trailing segment, since a headline may contain a dash itself.
/// </summary>
internal static partial class PageTitle
{
    /// <summary>Section labels and site names are short; anything longer is part of the headline.</summary>
    private const int MaximumSuffixWords = 4;

    public static string? WithoutSiteName(string? title, string? siteName)
    {
        var headline = HtmlText.Collapse(title);
        if (headline is null)
        {
            return null;
        }

        var separators = Separator().Matches(headline);
        var segments = Separator().Split(headline).ToList();
        if (segments.Count == 1)
        {
            return headline;
        }

        if (siteName is not null && string.Equals(segments[^1], siteName, StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
            while (segments.Count > 1 && IsShort(segments[^1]))
            {
                segments.RemoveAt(segments.Count - 1);
            }
        }
        else if (IsShort(segments[^1]))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        // Cut at the separator after the last kept segment, so what remains reads exactly as published.
        return segments.Count == separators.Count + 1 ? headline : headline[..separators[segments.Count - 1].Index];
    }

    private static bool IsShort(string segment) =>
        segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaximumSuffixWords;

    // Spaced separators only: a hyphen inside a word ("pro-government") never splits a title.
    [GeneratedRegex(@"\s+[-|–—·:]{1,2}\s+")]
    private static partial Regex Separator();
}
