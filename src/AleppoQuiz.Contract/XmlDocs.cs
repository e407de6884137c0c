using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AleppoQuiz.Contract;

/// <summary>
/// The C# documentation comments of the contract's types, from the XML files the build writes beside each assembly,
/// so the generated TypeScript explains a field in the same words as the record that declares it.
/// </summary>
internal sealed partial class XmlDocs
{
    private readonly Dictionary<Assembly, Dictionary<string, XElement>> loaded = [];

    public string? Of(Type type) => Text(Member(type, "T:" + Name(type))?.Element("summary"));

    /// <summary>A property's summary, or for a positional record the constructor's words for that parameter.</summary>
    public string? Of(PropertyInfo property)
    {
        var owner = property.DeclaringType!;
        return Text(Member(owner, $"P:{Name(owner)}.{property.Name}")?.Element("summary"))
            ?? Text(Member(owner, "T:" + Name(owner))?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == property.Name));
    }

    private XElement? Member(Type type, string id)
    {
        if (!loaded.TryGetValue(type.Assembly, out var members))
        {
            var file = Path.ChangeExtension(type.Assembly.Location, ".xml");
            members = File.Exists(file)
                ? XDocument.Load(file).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
                : [];
            loaded[type.Assembly] = members;
        }

        return members.GetValueOrDefault(id);
    }

    private static string Name(Type type) => type.FullName!.Replace('+', '.');

    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("cref") is { } cref => cref.Value[(cref.Value.LastIndexOf('.') + 1)..],
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name"),
                XElement other => other.Value,
                _ => "",
            });
        }

        var words = Whitespace().Replace(text.ToString(), " ").Trim();
        return words.Length == 0 ? null : words;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
