using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Keeps a page's element nesting within a stated depth. An HTML tree builder spends time on every tag in
/// proportion to how many elements are open, so a page of tens of thousands of nested elements costs seconds
/// before any of our own code sees it. The parser therefore checks the depth as it builds the tree and stops as
/// soon as the limit is passed; the finished tree is measured once more, because misnested markup can be
/// rearranged after an element was created.
/// </summary>
public static class HtmlNesting
{
    /// <summary>
    /// Far above what news pages use (their stories sit a few dozen elements deep) and low enough that every
    /// later pass over the tree stays cheap.
    /// </summary>
    public const int MaximumDepth = 256;

    public static IDocument Parse(string html)
    {
        IElement? previous = null;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // By the time an element is created the one before it sits in the tree, so its depth is known.
            OnCreated = (element, _) =>
            {
                if (previous is not null && DepthExceedsLimit(previous))
                {
                    throw new HtmlTooDeepException(MaximumDepth);
                }

                previous = element;
            },
        });

        var document = parser.ParseDocument(html);
        if (MaximumDepthOf(document.DocumentElement) > MaximumDepth)
        {
            throw new HtmlTooDeepException(MaximumDepth);
        }

        return document;
    }

    private static bool DepthExceedsLimit(IElement element)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (++depth > MaximumDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The deepest element's depth below <paramref name="root"/> (the root counts as 0), without recursion.</summary>
    private static int MaximumDepthOf(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Element.Children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }
}

/// <summary>A page nests its elements deeper than <see cref="HtmlNesting.MaximumDepth"/>; no news page does.</summary>
public sealed class HtmlTooDeepException(int limit)
    : Exception($"The page nests its elements more than {limit} levels deep, which no news page does. Save the story's page again from the browser, or paste only its text.")
{
    public int Limit { get; } = limit;
}
