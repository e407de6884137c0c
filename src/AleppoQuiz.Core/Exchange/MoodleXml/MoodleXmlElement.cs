using System.Xml.Linq;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>
/// An element with the path that leads to it (<c>quiz/question[3]/answer[2]</c>), so every complaint about the
/// file can say exactly where to look.
/// </summary>
internal readonly record struct MoodleXmlElement(XElement Element, string Path)
{
    public IEnumerable<MoodleXmlElement> Children(string name)
    {
        var path = Path;
        return Element.Elements(name).Select((child, index) => new MoodleXmlElement(child, $"{path}/{name}[{index + 1}]"));
    }

    public MoodleXmlElement? Child(string name) =>
        Element.Element(name) is { } child ? new MoodleXmlElement(child, $"{Path}/{name}") : null;

    public string? Attribute(string name) => Element.Attribute(name)?.Value;

    /// <summary>The value of the <c>text</c> child, which is how Moodle wraps every string.</summary>
    public string? Text => Element.Element("text")?.Value;

    public ExchangeFormatException Error(string reason) => new(Path, reason);

    /// <summary>
    /// A Moodle text field as plain text. HTML and Moodle's auto-format lose their tags and entities; plain text
    /// and Markdown are taken as written.
    /// </summary>
    public string PlainText(string defaultFormat = "html")
    {
        var text = Text ?? "";
        return (Attribute("format") ?? defaultFormat).Trim().ToLowerInvariant() switch
        {
            "html" => HtmlText.ToPlain(text),
            "moodle_auto_format" => HtmlText.ToPlain(text.Replace("\n", "<br>", StringComparison.Ordinal)),
            _ => text.Trim(),
        };
    }
}
