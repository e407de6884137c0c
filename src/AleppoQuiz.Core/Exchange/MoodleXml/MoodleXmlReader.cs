using System.Xml;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>
/// Reads Moodle XML: category entries give the quiz its title, description and id; multichoice, truefalse and
/// ordering questions become ours; any other question type stops the import with its element path.
/// </summary>
internal static class MoodleXmlReader
{
    public static Quiz Read(string text, ImportOptions options)
    {
        var root = new MoodleXmlElement(Load(text).Root!, "quiz");
        if (root.Element.Name != "quiz")
        {
            throw new ExchangeFormatException(root.Element.Name.LocalName, "the root element must be <quiz>, as in a Moodle XML export");
        }

        string? title = null, description = null, quizId = null;
        var questions = new List<Question>();
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

            questions.Add(type switch
            {
                null or "" => throw element.Error("the question has no type attribute"),
                _ when MoodleXmlFields.ImportableTypes.Contains(type) => MoodleXmlQuestionReader.Read(element, type, options),
                _ => throw element.Error(
                    $"question type '{type}' cannot be imported (only {string.Join(", ", MoodleXmlFields.ImportableTypes)})"),
            });
        }

        return ImportedQuiz.Assemble(quizId, title, description, questions, options);
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
