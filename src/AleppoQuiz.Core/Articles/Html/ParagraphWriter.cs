using System.Text;
using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Writes an element's text the way a browser lays it out: every block element (paragraph, heading, list item,
/// quotation) and every line break starts a new line, inline elements (links, emphasis) flow into the line they
/// sit in. Each line is one paragraph of the story.
/// </summary>
internal static class ParagraphWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
    };

    public static IReadOnlyList<string> Lines(IElement root)
    {
        var writer = new LineCollector();

        // An explicit stack instead of recursion: a page's depth must never decide whether the process survives.
        // A null entry marks the end of a block element, where its line ends.
        var pending = new Stack<INode?>();
        PushChildren(root, pending);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case null:
                    writer.EndLine();
                    break;
                case IText text:
                    writer.Append(HtmlText.CollapseRuns(text.Data));
                    break;
                case IElement { LocalName: "br" }:
                    writer.EndLine();
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    writer.EndLine();
                    pending.Push(null);
                    PushChildren(element, pending);
                    break;
                case IElement element:
                    PushChildren(element, pending);
                    break;
                default:
                    // Comments and processing instructions are not shown.
                    break;
            }
        }

        writer.EndLine();
        return writer.Lines;
    }

    /// <summary>Pushes the children last first, so they come off the stack in document order.</summary>
    private static void PushChildren(INode node, Stack<INode?> pending)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    private sealed class LineCollector
    {
        private readonly StringBuilder current = new();

        public List<string> Lines { get; } = [];

        public void Append(string text) => current.Append(text);

        public void EndLine()
        {
            // Text nodes were collapsed one by one; a run of spaces across an inline boundary collapses here.
            var line = HtmlText.Collapse(current.ToString());
            if (line is not null)
            {
                Lines.Add(line);
            }

            current.Clear();
        }
    }
}
