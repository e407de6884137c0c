using System.IO.Compression;
using System.Xml.Linq;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

public class QtiExportTests
{
    private static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";

    public static TheoryData<string> Quizzes() => new(ExchangeSamples.BuiltInIds.Append(ExchangeSamples.Awkward.Id));

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Every_file_is_well_formed_QTI_and_there_is_one_item_per_question(string quizId)
    {
        var (quiz, files) = Export(quizId);

        Assert.All(files.Values, d => Assert.True(d.Root!.Name.Namespace == Qti || d.Root.Name.Namespace == Cp));
        var items = files.Where(f => f.Key.StartsWith("items/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(quiz.Questions.Count, items.Length);
        Assert.All(items, i => Assert.Equal(Qti + "assessmentItem", i.Value.Root!.Name));
        Assert.Equal(quiz.Questions.Select(q => q.Id), quiz.Questions.Select(q => Item(files, q).Root!.Attribute("title")!.Value));
    }

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Each_item_declares_the_question_s_correct_response_and_interaction(string quizId)
    {
        var (quiz, files) = Export(quizId);

        foreach (var question in quiz.Questions)
        {
            var item = Item(files, question).Root!;
            if (question.Type == QuestionType.FindEvidence)
            {
                AssertHottext(question, item);
                continue;
            }

            var choices = item.Descendants(Qti + "simpleChoice").ToDictionary(c => c.Attribute("identifier")!.Value, c => c.Value);
            var values = item.Descendants(Qti + "correctResponse").Elements(Qti + "value").Select(v => v.Value);
            var keys = question.Type == QuestionType.TypeAnswer
                ? question.AcceptedAnswers.Take(1)
                : question.CorrectOptionIndexes.Select(i => question.Options[i].Text.Replace("\n", "", StringComparison.Ordinal));
            Assert.Equal(keys, question.Type == QuestionType.TypeAnswer ? values : values.Select(v => choices[v]));
            var body = item.Element(Qti + "itemBody")!;
            // A text entry sits inline in the prompt's paragraph; the other interactions are blocks of their own.
            var interaction = question.Type == QuestionType.TypeAnswer
                ? body.Descendants(Qti + "textEntryInteraction").Single()
                : body.Elements().Single();
            var expected = question.Type switch
            {
                QuestionType.TypeAnswer => ("textEntryInteraction", null, "single"),
                QuestionType.Order => ("orderInteraction", null, "ordered"),
                QuestionType.Multi => ("choiceInteraction", "0", "multiple"),
                _ => ("choiceInteraction", (string?)"1", "single"),
            };
            var cardinality = item.Element(Qti + "responseDeclaration")!.Attribute("cardinality")!.Value;
            Assert.Equal(expected, (interaction.Name.LocalName, interaction.Attribute("maxChoices")?.Value, cardinality));
            if (question.Explanation.Length > 0)
            {
                Assert.StartsWith(question.Explanation.Split('\n')[0], item.Element(Qti + "modalFeedback")!.Value, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void The_manifest_lists_every_item_and_the_test_presents_them_in_order_with_their_time_limits(string quizId)
    {
        var (quiz, files) = Export(quizId);

        var resources = files["imsmanifest.xml"].Descendants(Cp + "resource").ToArray();
        var itemHrefs = resources.Where(r => r.Attribute("type")!.Value == "imsqti_item_xmlv2p1").Select(r => r.Attribute("href")!.Value);
        Assert.Equal(files.Keys.Where(k => k.StartsWith("items/", StringComparison.Ordinal)).Order(), itemHrefs.Order());
        var test = Assert.Single(resources, r => r.Attribute("type")!.Value == "imsqti_test_xmlv2p1");
        Assert.Equal(quiz.Questions.Count, test.Elements(Cp + "dependency").Count());
        var refs = files[test.Attribute("href")!.Value].Descendants(Qti + "assessmentItemRef").ToArray();
        Assert.Equal(quiz.Questions.Select(q => Item(files, q)), refs.Select(r => files[r.Attribute("href")!.Value]));
        Assert.Equal(quiz.Questions.Select(q => q.TimeLimitSeconds.ToString()), refs.Select(r => r.Element(Qti + "timeLimits")!.Attribute("maxTime")!.Value));
    }

    [Fact]
    public void An_ordering_item_never_lists_its_choices_already_solved_and_exports_are_reproducible()
    {
        var quiz = ExchangeSamples.BuiltInQuizzes.SelectMany(q => q.Questions).Where(q => q.Type == QuestionType.Order).ToArray();
        var files = Read(QuizExchange.Export(ExchangeFormat.Qti, ExchangeSamples.Awkward with { Questions = quiz }).Content);

        foreach (var question in quiz)
        {
            var shown = Item(files, question).Descendants(Qti + "simpleChoice").Select(c => c.Value);
            Assert.NotEqual(question.Options.Select(o => o.Text), shown);
        }

        Assert.Equal(QuizExchange.Export(ExchangeFormat.Qti, ExchangeSamples.Awkward).Content, QuizExchange.Export(ExchangeFormat.Qti, ExchangeSamples.Awkward).Content);
    }

    // Every word of the passage is a hottext, and the evidence's words, in reading order, are the correct response.
    private static void AssertHottext(Question question, XElement item)
    {
        var words = item.Descendants(Qti + "hottext").ToDictionary(h => h.Attribute("identifier")!.Value, h => h.Value);
        var evidence = item.Element(Qti + "responseDeclaration")!.Descendants(Qti + "value").Select(v => words[v.Value]);
        Assert.Equal(question.Passage!.Quote.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries), words.Values);
        Assert.Equal(question.Evidence[0].Quote, string.Join(' ', evidence));
        Assert.Equal("multiple", item.Element(Qti + "responseDeclaration")!.Attribute("cardinality")!.Value);
        Assert.Equal("0", item.Descendants(Qti + "hottextInteraction").Single().Attribute("maxChoices")!.Value);
    }

    // QTI has no poll (an item without a right answer), so polls are left out of the package and named in its notes.
    private static (Quiz Quiz, Dictionary<string, XDocument> Files) Export(string quizId)
    {
        var quiz = quizId == ExchangeSamples.Awkward.Id ? ExchangeSamples.Awkward : ExchangeSamples.BuiltIn(quizId);
        var export = QuizExchange.Export(ExchangeFormat.Qti, quiz);
        Assert.Equal(quiz.Questions.Where(q => q.Type == QuestionType.Poll).Select(q => q.Id), export.SkippedQuestionIds);
        var carried = quiz with { Questions = CarriedQuestions.By(ExchangeFormat.Qti, quiz) };
        return (carried, Read(export.Content));
    }

    // Loading each entry with XDocument is the well-formedness check: a malformed file throws here.
    private static Dictionary<string, XDocument> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream);
        });
    }

    private static XDocument Item(Dictionary<string, XDocument> files, Question question) =>
        files.Single(f => f.Value.Root!.Name == Qti + "assessmentItem" && f.Value.Root.Attribute("title")!.Value == question.Id).Value;
}
