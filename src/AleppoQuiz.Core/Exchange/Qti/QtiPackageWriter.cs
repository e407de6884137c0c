using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Qti.QtiNames;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>
/// A QTI 2.1 content package: one item file per question under items/, an assessmentTest that presents them in
/// quiz order with each question's time limit, and the imsmanifest.xml that lists every file, zipped.
/// </summary>
internal static class QtiPackageWriter
{
    // Fixed entry dates make the same quiz export to the same bytes.
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<(string Path, XDocument Document)> Files(Quiz quiz, ExportOptions options)
    {
        var identifiers = ItemIdentifiers(quiz.Questions.Select(q => q.Id));
        var items = quiz.Questions
            .Select((q, i) => (Path: $"items/{identifiers[i]}.xml", Document: QtiItemWriter.Write(q, identifiers[i], options)))
            .ToArray();
        return
        [
            (ManifestFile, QtiManifestWriter.Write(quiz, identifiers, items.Select(i => i.Path).ToArray())),
            (TestFile, Test(quiz, identifiers, items.Select(i => i.Path).ToArray())),
            .. items,
        ];
    }

    public static byte[] Zip(IEnumerable<(string Path, XDocument Document)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, document) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryDate;
                using var stream = entry.Open();
                using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
                document.Save(writer);
            }
        }

        return buffer.ToArray();
    }

    private static XDocument Test(Quiz quiz, string[] identifiers, string[] paths)
    {
        var refs = quiz.Questions.Select((q, i) => Element("assessmentItemRef",
            new XAttribute("identifier", identifiers[i]),
            new XAttribute("href", paths[i]),
            Element("timeLimits", new XAttribute("maxTime", q.TimeLimitSeconds))));
        var test = Element("assessmentTest",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", QtiSchemaLocation),
            new XAttribute("identifier", Identifier(quiz.Id)),
            new XAttribute("title", quiz.Title),
            Element("outcomeDeclaration",
                new XAttribute("identifier", Score), new XAttribute("cardinality", "single"), new XAttribute("baseType", "float")),
            // Linear, one question after another, as in class: item time limits only bind in linear navigation.
            Element("testPart",
                new XAttribute("identifier", "part-1"),
                new XAttribute("navigationMode", "linear"),
                new XAttribute("submissionMode", "individual"),
                Element("assessmentSection",
                    new XAttribute("identifier", "section-1"),
                    new XAttribute("title", quiz.Title),
                    new XAttribute("visible", "true"),
                    refs)),
            Element("outcomeProcessing",
                Element("setOutcomeValue", new XAttribute("identifier", Score),
                    Element("sum", Element("testVariables", new XAttribute("variableIdentifier", Score))))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), test);
    }
}
