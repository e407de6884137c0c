using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Recognises furniture by the class and id names sites give it ("share-bar", "article__byline", "relatedLinks").
/// Names are split into words and matched word by word, never as substrings: "ad" must match "ad-slot" but not
/// "headline" or "thread".
/// </summary>
internal static partial class FurnitureNames
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "share", "sharing", "sharebar", "social", "related", "newsletter", "byline", "author", "authors",
        "promo", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "sponsored", "comments", "comment",
        "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "tags", "recommended", "recirculation",
        "outbrain", "taboola", "cookie", "cookies", "paywall", "toolbar", "caption", "credit", "credits",
        "popular", "trending", "readmore", "modal",
    };

    /// <summary>Furniture named by two words that are harmless apart ("more-stories", "most-read").</summary>
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "morestories", "moreonthis", "mostread", "mostpopular", "alsoread", "seealso", "readmore", "topstories",
    };

    public static bool Match(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = NameWordBoundary().Split(name).Where(word => word.Length > 0).Select(word => word.ToLowerInvariant()).ToList();
            if (words.Any(Words.Contains))
            {
                return true;
            }

            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (Compounds.Contains(words[i] + words[i + 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words in names are joined by hyphens, underscores (BEM "article__byline") or camel case ("shareBar").
    [GeneratedRegex(@"[-_]+|(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex NameWordBoundary();
}
