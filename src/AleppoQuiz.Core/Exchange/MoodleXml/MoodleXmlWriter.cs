using System.Text;
using System.Xml;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.MoodleXml.MoodleXmlFields;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>
/// Writes a quiz as Moodle XML, laid out as Moodle itself exports: a category entry for the quiz, then one
/// question element per question with HTML text in CDATA sections.
/// </summary>
internal static class MoodleXmlWriter
{
    public static string Write(Quiz quiz, ExportOptions options)
    {
        var root = new XElement("quiz",
            new XComment(" Exported from AleppoQuiz. Tags and the aleppoquiz elements carry fields Moodle has no place for. "),
            Category(quiz));
        root.Add(quiz.Questions.Select(q => Question(q, options)));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static XElement Category(Quiz quiz) => new("question",
        new XAttribute("type", "category"),
        new XElement("category", new XElement("text", CategoryPath(quiz.Title))),
        Html("info", quiz.Description),
        new XElement("idnumber", quiz.Id));

    private static XElement Question(Question question, ExportOptions options)
    {
        var element = new XElement("question",
            new XAttribute("type", TypeName(question.Type)),
            new XElement("name", new XElement("text", question.Id)),
            Html("questiontext", question.Prompt),
            // Moodle shows the general feedback after an attempt, and ignores our extension element: the quotes go here too.
            Html("generalfeedback", EvidenceFeedback.WithEvidence(question.Explanation, question.Evidence, options)),
            new XElement("defaultgrade", Decimal(question.Points / PointsPerMark)),
            new XElement("penalty", Decimal(0m)),
            new XElement("hidden", "0"),
            new XElement("idnumber", question.Id));
        element.Add(TypeSettings(question));
        element.Add(Answers(question));
        element.Add(new XElement("tags",
            Tag(SkillTag + question.Skill),
            Tag(DifficultyTag + question.Difficulty.ToString().ToLowerInvariant()),
            Tag(TimeLimitTag + question.TimeLimitSeconds)));
        element.Add(new XElement(ExtensionElement, question.Evidence.Select(e =>
            new XElement(EvidenceElement, new XAttribute(ArticleAttribute, e.ArticleId), new XCData(e.Quote)))));
        return element;
    }

    private static IEnumerable<XElement> TypeSettings(Question question) => question.Type switch
    {
        QuestionType.Order =>
        [
            new("layouttype", "VERTICAL"),
            new("selecttype", "ALL"),
            new("selectcount", "0"),
            // Our ordering questions score all or nothing, and Moodle can be told to do the same.
            new("gradingtype", "ALL_OR_NOTHING"),
            new("showgrading", "SHOW"),
            new("numberingstyle", "none"),
        ],
        QuestionType.TrueFalse => [],
        QuestionType.TypeAnswer => [new("usecase", "0")],
        _ =>
        [
            new("single", question.Type == QuestionType.Multi ? "false" : "true"),
            new("shuffleanswers", question.KeepOrder ? "false" : "true"),
            new("answernumbering", "abc"),
        ],
    };

    private static IEnumerable<XElement> Answers(Question question)
    {
        if (question.Type == QuestionType.TrueFalse)
        {
            var isTrue = question.Options.Any(o => o.Correct && o.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
            return [TrueFalseAnswer("true", isTrue), TrueFalseAnswer("false", !isTrue)];
        }

        if (question.Type == QuestionType.TypeAnswer)
        {
            return question.AcceptedAnswers.Select(answer => new XElement("answer",
                new XAttribute("fraction", "100"),
                new XAttribute("format", "plain_text"),
                new XElement("text", answer),
                new XElement("feedback", new XAttribute("format", "html"), new XElement("text"))));
        }

        // Multi-select: ±100/k per option grades as our right/k minus wrong/k does.
        var correct = Math.Max(1, question.Options.Count(o => o.Correct));
        var share = Math.Round(100m / correct, 5);
        return question.Options.Select((option, index) => new XElement("answer",
            new XAttribute("fraction", question.Type switch
            {
                QuestionType.Order => Decimal(index + 1),
                QuestionType.Multi => Decimal(option.Correct ? share : -share),
                _ => option.Correct ? "100" : "0",
            }),
            new XAttribute("format", "html"),
            new XElement("text", new XCData(HtmlText.ToHtml(option.Text))),
            new XElement("feedback", new XAttribute("format", "html"), new XElement("text"))));
    }

    private static XElement TrueFalseAnswer(string word, bool correct) => new("answer",
        new XAttribute("fraction", correct ? "100" : "0"),
        new XAttribute("format", "moodle_auto_format"),
        new XElement("text", word),
        new XElement("feedback", new XAttribute("format", "html"), new XElement("text")));

    private static XElement Html(string name, string text) => new(name,
        new XAttribute("format", "html"),
        new XElement("text", text.Length == 0 ? null : new XCData(HtmlText.ToHtml(text))));

    private static XElement Tag(string text) => new("tag", new XElement("text", text));
}
