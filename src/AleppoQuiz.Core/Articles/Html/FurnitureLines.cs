using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Whole lines of page furniture that survive the element rules because a site marks them up like story text:
/// a byline in a plain paragraph, a share prompt, an update stamp. Each pattern is anchored to the whole line and
/// refuses sentence endings, so a story sentence that starts "By Friday, ..." is never taken for a byline.
/// The line cleaner's own catalogue (browser banners, "Read more:" links, copyright) runs afterwards as well.
/// </summary>
internal static partial class FurnitureLines
{
    public static bool IsFurniture(string line) =>
        Byline().IsMatch(line) || SharePrompt().IsMatch(line) || Stamp().IsMatch(line);

    // "By Jane Smith", "By Jane Smith and Omar Haddad, Example News in Beirut": capitalised names and joining words.
    [GeneratedRegex(@"^By\s+\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:and|in|for|&|\p{Lu}[\p{L}'’.-]*))*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Share(?: this)?(?: (?:article|story|page))?(?: on \w+)?|Advertisement|Skip to (?:main )?content|Follow us(?: on \w+)?|Sign up(?: for| to)? (?:our|the) newsletter)$", RegexOptions.IgnoreCase)]
    private static partial Regex SharePrompt();

    // "Published 16 December 2016", "Last updated: 3 hours ago": short, no sentence ending.
    [GeneratedRegex(@"^(?:Published|Updated|Last updated|Posted)(?: on)?:?\s[^.!?]{1,60}$")]
    private static partial Regex Stamp();
}
