using System.Text;
using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Text as a browser shows it. Rendering collapses every run of HTML whitespace (space, tab, line breaks, form feed)
/// to one space; a no-break space is not HTML whitespace and is kept, like every other character of the story.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>The text with whitespace runs collapsed and its ends trimmed; null when nothing is left.</summary>
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Visible(HtmlWhitespace().Replace(text, " ")).Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>
    /// Drops the invisible break hints pages put into long words (soft hyphen, zero-width space): a reader never
    /// sees them, so a quote a teacher types from the page would otherwise fail to match the stored story.
    /// </summary>
    public static string Visible(string text) =>
        text.Contains('\u00AD', StringComparison.Ordinal) || text.Contains('\u200B', StringComparison.Ordinal)
            ? new StringBuilder(text).Replace("\u00AD", "").Replace("\u200B", "").ToString()
            : text;

    /// <summary>Collapses whitespace runs without trimming, for pieces of a paragraph that are joined later.</summary>
    public static string CollapseRuns(string text) => HtmlWhitespace().Replace(text, " ");

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex HtmlWhitespace();
}
