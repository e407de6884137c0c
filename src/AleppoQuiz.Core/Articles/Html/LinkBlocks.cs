using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Removes blocks that only point elsewhere: lists whose every item is a link ("Related stories", "Most read"),
/// with the heading that introduces them, and paragraphs that are nothing but a link or a date stamp. A story
/// paragraph carries its own words; a link inside it (a source, a report) stays with the paragraph.
/// </summary>
internal static class LinkBlocks
{
    private const string Blocks = "p, li, div, dd, dt, h2, h3, h4, h5, h6";

    public static void RemoveFrom(IElement root)
    {
        foreach (var list in root.QuerySelectorAll("ul, ol").ToList())
        {
            var items = list.Children.Where(child => child.LocalName == "li").ToList();
            if (items.Count > 0 && items.All(item => AllTextInside(item, "a")))
            {
                if (list.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading)
                {
                    heading.Remove();
                }

                list.Remove();
            }
        }

        foreach (var block in root.QuerySelectorAll(Blocks).ToList())
        {
            if (block.ParentElement is not null && (AllTextInside(block, "a") || AllTextInside(block, "time")))
            {
                block.Remove();
            }
        }
    }

    /// <summary>
    /// True when the element shows some text and all of it sits inside elements named <paramref name="tag"/>.
    /// Punctuation between links ("Syria | Turkey") does not count as text of its own.
    /// </summary>
    private static bool AllTextInside(IElement element, string tag)
    {
        var any = false;
        foreach (var text in element.Descendants<IText>())
        {
            if (string.IsNullOrWhiteSpace(text.Data))
            {
                continue;
            }

            if (!HasAncestor(text, tag, element))
            {
                if (text.Data.Any(char.IsLetterOrDigit))
                {
                    return false;
                }

                continue;
            }

            any = true;
        }

        return any;
    }

    private static bool HasAncestor(INode node, string tag, IElement within)
    {
        for (var parent = node.ParentElement; parent is not null && !ReferenceEquals(parent, within); parent = parent.ParentElement)
        {
            if (parent.LocalName == tag)
            {
                return true;
            }
        }

        return within.LocalName == tag;
    }
}
