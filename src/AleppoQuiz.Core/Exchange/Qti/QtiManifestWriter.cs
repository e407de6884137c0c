using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Qti.QtiNames;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>The package manifest: the test resource, which depends on every item resource, and the items.</summary>
internal static class QtiManifestWriter
{
    private static readonly XNamespace Cp = ContentPackage;

    public static XDocument Write(Quiz quiz, string[] identifiers, string[] paths)
    {
        var testId = "test-" + Identifier(quiz.Id);
        var manifest = new XElement(Cp + "manifest",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "imsqti", QtiNames.Qti),
            new XAttribute(Xsi + "schemaLocation", ContentPackageSchemaLocation),
            new XAttribute("identifier", "manifest-" + Identifier(quiz.Id)),
            new XElement(Cp + "metadata",
                new XElement(Cp + "schema", "QTIv2.1 Package"),
                new XElement(Cp + "schemaversion", "1.0.0")),
            new XElement(Cp + "organizations"),
            new XElement(Cp + "resources",
                new XElement(Cp + "resource",
                    new XAttribute("identifier", testId),
                    new XAttribute("type", "imsqti_test_xmlv2p1"),
                    new XAttribute("href", TestFile),
                    new XElement(Cp + "file", new XAttribute("href", TestFile)),
                    identifiers.Select(id => new XElement(Cp + "dependency", new XAttribute("identifierref", ItemResource(id))))),
                identifiers.Select((id, i) => new XElement(Cp + "resource",
                    new XAttribute("identifier", ItemResource(id)),
                    new XAttribute("type", "imsqti_item_xmlv2p1"),
                    new XAttribute("href", paths[i]),
                    new XElement(Cp + "file", new XAttribute("href", paths[i]))))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), manifest);
    }

    public static string ItemResource(string identifier) => "item-" + identifier;
}
