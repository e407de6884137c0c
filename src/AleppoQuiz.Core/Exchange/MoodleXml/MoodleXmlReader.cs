using System.Xml;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>
/// Reads Moodle XML: category entries give the quiz its title, description and id; multichoice, truefalse and
/// ordering questions become ours; any other question type is left out and reported with its element path, and
/// images (embedded files or &lt;img&gt; in a text) are dropped with a note, since the game shows text only.
/// </summary>
internal static class MoodleXmlReader
{
    /// <summary>A Moodle question is five levels deep; HTML sits in CDATA, not in elements.</summary>
    public const int MaxDepth = 32;

    public static ImportResult Read(string text, ImportOptions options)
    {
        var root = new MoodleXmlElement(Load(text).Root!, "quiz");
        if (root.Element.Name != "quiz")
        {
            throw new ExchangeFormatException(root.Element.Name.LocalName, "the root element must be <quiz>, as in a Moodle XML export");
        }

        string? title = null, description = null, quizId = null;
        var questions = new List<Question>();
        var notes = new List<ImportNote>();
        foreach (var element in root.Children("question"))
        {
            var type = element.Attribute("type")?.Trim();
            if (type == "category")
            {
                // The category in force when the first question comes names the quiz.
                if (questions.Count == 0)
                {
                    title = MoodleXmlFields.LastCategoryName(element.Child("category")?.Text ?? "") ?? title;
                    description = element.Child("info")?.PlainText() ?? description;
                    quizId = NonEmpty(element.Child("idnumber")?.Element.Value) ?? quizId;
                }

                continue;
            }

            if (string.IsNullOrEmpty(type))
            {
                throw element.Error("the question has no type attribute");
            }

            if (!MoodleXmlFields.ImportableTypes.Contains(type))
            {
                notes.Add(new ImportNote(element.Path,
                    $"a {type} question ('{element.Child("name")?.Text?.Trim()}') was not imported: only {string.Join(", ", MoodleXmlFields.ImportableTypes)} questions can be played",
                    Skipped: true));
                continue;
            }

            questions.Add(MoodleXmlQuestionReader.Read(element, type, options));
            if (element.Element.Descendants("file").Any() || element.Element.Descendants("text").Any(t => t.Value.Contains("<img", StringComparison.OrdinalIgnoreCase)))
            {
                notes.Add(new ImportNote(element.Path, "its images were dropped: questions here are text only", Skipped: false));
            }
        }

        return ImportedQuiz.Assemble(quizId, title, description, questions, options, notes);
    }

    private static XDocument Load(string text)
    {
        // No DTDs: a quiz file has no use for them, and refusing them shuts out entity-expansion attacks.
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0)
        {
            throw ExchangeFormatException.AtLine(text.AsSpan(0, doctype).Count('\n') + 1,
                "a DOCTYPE declaration is not allowed in a Moodle XML quiz");
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            // A cheap streaming pass first: deeply nested elements are refused before any tree is built.
            using (var scan = XmlReader.Create(new StringReader(text), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new ExchangeFormatException($"line {((IXmlLineInfo)scan).LineNumber}",
                            $"elements nested deeper than {MaxDepth} levels: a Moodle XML quiz needs a handful");
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new ExchangeFormatException(ex.LineNumber > 0 ? $"line {ex.LineNumber}" : null, $"the XML is not well formed: {ex.Message}", ex);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
