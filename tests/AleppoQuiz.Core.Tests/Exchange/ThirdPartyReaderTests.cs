using System.IO.Compression;
using System.Text.Json;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.Exchange.Kahoot;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Every export of the whole bank (and of the quiz of awkward characters) read by a reader this project did not
/// write, and compared with the bank question by question: GIFT by gift-pegjs, native YAML by js-yaml, the Kahoot
/// workbook by exceljs against the template's cells, QTI items and the manifest by xmllint against the official
/// IMS schemas in ../shared/exchange-schemas.
/// </summary>
public sealed class ThirdPartyReaderTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string folder = Directory.CreateTempSubdirectory("exchange-readers-").FullName;

    public static TheoryData<string> Quizzes() => new(ExchangeSamples.BuiltInIds.Append(ExchangeSamples.Awkward.Id));

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Gift_pegjs_reads_every_question_of_the_GIFT_export(string quizId)
    {
        var quiz = Quiz(quizId);

        AssertReads("check-gift.js", Write(quiz, ExchangeFormat.Gift), Expected(CarriedQuestions.By(ExchangeFormat.Gift, quiz)));
    }

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Js_yaml_reads_every_text_of_the_native_export_as_text(string quizId)
    {
        var quiz = Quiz(quizId);

        AssertReads("check-yaml.js", Write(quiz, ExchangeFormat.Native), Expected(quiz.Questions));
    }

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Exceljs_finds_every_carried_question_where_Kahoot_s_template_puts_it(string quizId)
    {
        var quiz = Quiz(quizId);
        AssertReads("check-kahoot.js", Write(quiz, ExchangeFormat.Kahoot), Expected(CarriedQuestions.By(ExchangeFormat.Kahoot, quiz)));
    }

    [Theory]
    [MemberData(nameof(Quizzes))]
    public void Xmllint_validates_the_QTI_package_and_reads_each_item_as_the_bank_holds_it(string quizId)
    {
        var quiz = Quiz(quizId);
        var package = Path.Combine(folder, "qti");
        ZipFile.ExtractToDirectory(new MemoryStream(QuizExchange.Export(ExchangeFormat.Qti, quiz).Content), package);
        var items = Directory.GetFiles(Path.Combine(package, "items"), "*.xml").Order(StringComparer.Ordinal).ToArray();

        AssertValid(Path.Combine(ExternalTools.Schemas, "qtiv2p1", "imsqti_v2p1.xsd"), [Path.Combine(package, "assessmentTest.xml"), .. items]);
        AssertValid(Path.Combine(ExternalTools.Schemas, "imscp_v1p1.xsd"), [Path.Combine(package, "imsmanifest.xml")]);
        var carried = CarriedQuestions.By(ExchangeFormat.Qti, quiz);
        Assert.Equal(carried.Length, items.Length);
        foreach (var question in carried)
        {
            var item = Path.Combine(package, "items", $"{question.Id}.xml");
            if (question.Type == QuestionType.TypeAnswer)
            {
                // A text entry has no choices: the prompt's paragraph holds the box, and every accepted answer scores.
                Assert.Equal(question.Prompt.Replace("\n", "", StringComparison.Ordinal), XPath(item, "normalize-space(//*[local-name()='itemBody']/*[local-name()='p'])"));
                Assert.Equal("1", XPath(item, "count(//*[local-name()='textEntryInteraction'])"));
                Assert.Equal(question.AcceptedAnswers.Distinct(StringComparer.OrdinalIgnoreCase).Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    XPath(item, "count(//*[local-name()='mapEntry'])"));
                continue;
            }

            if (question.Type == QuestionType.FindEvidence)
            {
                // One hottext per word of the passage; the correct response names as many words as the evidence has.
                Assert.Equal(Count(question.Passage!.Quote), XPath(item, "count(//*[local-name()='hottext'])"));
                Assert.Equal(Count(question.Evidence[0].Quote), XPath(item, "count(//*[local-name()='correctResponse']/*[local-name()='value'])"));
                continue;
            }

            Assert.Equal(question.Prompt.Replace("\n", "", StringComparison.Ordinal), XPath(item, "string(//*[local-name()='prompt'])"));
            Assert.Equal(question.Options.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), XPath(item, "count(//*[local-name()='simpleChoice'])"));
            if (question.Type == QuestionType.Multi)
            {
                // The right choices together are worth exactly the question's points.
                Assert.Equal(question.Points.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    XPath(item, "sum(//*[local-name()='mapEntry'][@mappedValue > 0]/@mappedValue)"));
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Quiz Quiz(string id) => id == ExchangeSamples.Awkward.Id ? ExchangeSamples.Awkward : ExchangeSamples.BuiltIn(id);

    private string Write(Quiz quiz, ExchangeFormat format)
    {
        var export = QuizExchange.Export(format, quiz);
        var path = Path.Combine(folder, export.FileName);
        File.WriteAllBytes(path, export.Content);
        return path;
    }

    private string Expected(IEnumerable<Question> questions)
    {
        var path = Path.Combine(folder, "expected.json");
        File.WriteAllText(path, JsonSerializer.Serialize(questions.Select(q => new
        {
            q.Id,
            Type = QuestionTypeNames.ToName(q.Type),
            q.Prompt,
            Options = q.Options.Select(o => new { o.Text, o.Correct }),
            Accepted = q.AcceptedAnswers,
            KahootTimeLimit = KahootColumns.NearestTimeLimit(q.TimeLimitSeconds),
            // Kahoot's question cell: the author's short prompt where the prompt is over Kahoot's 120 characters.
            KahootPrompt = q.Prompt.Length > KahootColumns.MaxQuestionLength && q.ShortPrompt is { } shortPrompt ? shortPrompt : q.Prompt,
        }), Json));
        return path;
    }

    private static void AssertReads(string script, string export, string expected)
    {
        var (exit, output) = ExternalTools.Node(script, export, expected);
        Assert.True(exit == 0, output);
    }

    private static void AssertValid(string schema, string[] files)
    {
        var (exit, output) = ExternalTools.XmlLint(["--noout", "--nonet", "--schema", schema, .. files]);
        Assert.True(exit == 0, output);
    }

    private static string Count(string text) =>
        text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string XPath(string file, string expression) => ExternalTools.XmlLint("--xpath", expression, file).Output.Trim();
}
