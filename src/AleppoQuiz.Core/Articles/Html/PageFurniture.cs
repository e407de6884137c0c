using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Removes from the story's element everything a page prints around a story: code, navigation, the headline block,
/// bylines, share bars, pictures and their captions, related links and promotions. What is left is story text.
/// Elements are recognised by what they are (tag, role, hidden) before what they are called (class and id),
/// because names vary by site while tags and roles are shared.
/// </summary>
internal static class PageFurniture
{
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "link", "meta", "object", "embed", "iframe", "svg", "canvas",
        "nav", "header", "footer", "aside", "menu", "dialog", "form", "button", "input", "select", "textarea",
        "figure", "figcaption", "picture", "img", "video", "audio",
        // The headline is metadata, read before this runs; the address element holds the byline.
        "h1", "address",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "toolbar",
    };

    public static void RemoveFrom(IElement root)
    {
        // Measured before anything goes, so that a wrapper misleadingly named "share-root" cannot take the story.
        var storyLength = StoryRoot.ParagraphLength(root);

        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (IsAttachedUnder(element, root) && IsFurniture(element, storyLength))
            {
                element.Remove();
            }
        }

        LinkBlocks.RemoveFrom(root);
    }

    private static bool IsFurniture(IElement element, int storyLength) =>
        FurnitureTags.Contains(element.LocalName)
        || FurnitureRoles.Contains(element.GetAttribute("role") ?? "")
        || IsHidden(element)
        || (FurnitureNames.Match(element) && StoryRoot.ParagraphLength(element) * 2 < storyLength);

    /// <summary>Hidden copies (mobile variants, screen-reader labels such as "Share on Facebook") are not shown as story.</summary>
    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal);
        return style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>False once an ancestor has been removed: the element went with it.</summary>
    private static bool IsAttachedUnder(IElement element, IElement root)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (ReferenceEquals(parent, root))
            {
                return true;
            }
        }

        return false;
    }
}
