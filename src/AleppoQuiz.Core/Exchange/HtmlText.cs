using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// Our plain text in and out of the HTML that Moodle stores. Export keeps every space and line break through a
/// round trip: line breaks become &lt;br&gt;, and any space HTML would swallow (doubled, at an edge, beside a
/// break) is written as a character reference, which a browser shows the same way but which survives the
/// whitespace collapsing on import. Import of Moodle's own HTML drops the tags and decodes the entities.
/// </summary>
internal static partial class HtmlText
{
    // Stands for a paragraph break until the tags are gone; never appears in real text.
    private const char Block = '\u0001';

    public static string ToHtml(string text)
    {
        var html = new StringBuilder("<p>", text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\n' => "<br>",
                '\t' or '\r' or '\f' => $"&#{(int)c};",
                ' ' when IsCollapsible(text, i) => "&#32;",
                _ => c.ToString(),
            });
        }

        return html.Append("</p>").ToString();
    }

    public static string ToPlain(string html)
    {
        var text = Comment().Replace(html, "");
        text = Whitespace().Replace(text, " ");
        text = LineBreak().Replace(text, "\n");
        text = BlockTag().Replace(text, Block.ToString());
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text.Replace("&nbsp;", "&#32;", StringComparison.OrdinalIgnoreCase));
        return BlockRun().Replace(text, "\n\n").Trim();
    }

    private static bool IsCollapsible(string text, int i) =>
        i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i + 1]);

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ?<br\s*/?> ?", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@" ?</?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr)\b[^>]*> ?", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("[\u0001 ]*\u0001[\u0001 ]*")]
    private static partial Regex BlockRun();
}
