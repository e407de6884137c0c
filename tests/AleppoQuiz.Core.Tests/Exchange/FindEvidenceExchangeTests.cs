using System.IO.Compression;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Find-the-evidence travels as a QTI 2.1 hottext interaction, valid against the official schema; formats with no
/// way to select words of a passage leave it out and say so.
/// </summary>
public sealed class FindEvidenceExchangeTests
{
    private static readonly Quiz Bank = ExchangeSamples.BuiltIn("find-the-evidence");

    [Theory]
    [InlineData("gift")]
    [InlineData("moodle-xml")]
    [InlineData("kahoot")]
    public void Formats_without_word_selection_leave_each_question_out_and_name_it(string formatName)
    {
        var choice = ExchangeSamples.Awkward.Questions[0];
        var quiz = Bank with { Questions = [.. Bank.Questions, choice] };

        var export = QuizExchange.Export(QuizExchange.Find(formatName), quiz);

        Assert.Equal(Bank.Questions.Select(q => q.Id), export.SkippedQuestionIds);
        Assert.All(export.Notes.Where(n => n.Skipped), n => Assert.Contains("no find-the-evidence questions", n.Message, StringComparison.Ordinal));
        Assert.All(export.Notes.Where(n => n.Skipped), n => Assert.Contains("QTI", n.Message, StringComparison.Ordinal));
        Assert.Equal([choice.Id], QuizExchange.Import(QuizExchange.Find(formatName), export.Content).Questions.Select(q => q.Id));
    }

    [Fact]
    public void QTI_writes_every_question_as_a_hottext_interaction_that_xmllint_validates_against_the_official_schema()
    {
        var folder = Directory.CreateTempSubdirectory("qti-evidence-").FullName;
        try
        {
            var outlets = new ExportOptions { Outlets = new Dictionary<string, string> { ["afp"] = "AFP" } };
            var export = QuizExchange.Export(ExchangeFormat.Qti, Bank, outlets);
            ZipFile.ExtractToDirectory(new MemoryStream(export.Content), folder);
            var items = Bank.Questions.Select(q => Path.Combine(folder, "items", $"{q.Id}.xml")).ToArray();

            var (exit, output) = ExternalTools.XmlLint(["--noout", "--nonet", "--schema",
                Path.Combine(ExternalTools.Schemas, "qtiv2p1", "imsqti_v2p1.xsd"), .. items]);

            Assert.True(exit == 0, output);
            Assert.Empty(export.SkippedQuestionIds);
            var first = items[0];
            Assert.Equal("1", XPath(first, "count(//*[local-name()='hottextInteraction'])"));
            Assert.Equal("From AFP:", XPath(first, "string(//*[local-name()='itemBody']/*[local-name()='p'][1])"));
            // "Russia, which … now "complete"": the evidence's first and last words are the correct response's ends.
            Assert.Equal("Russia,", XPath(first, "string(//*[local-name()='hottext'][@identifier=//*[local-name()='correctResponse']/*[local-name()='value'][1]])"));
            Assert.Equal("\"complete\"", XPath(first, "string(//*[local-name()='hottext'][@identifier=//*[local-name()='correctResponse']/*[local-name()='value'][last()]])"));
            // The overlap rule itself: full points once twice the overlap reaches the longer span, else in proportion.
            Assert.Equal("1", XPath(first, "count(//*[local-name()='gte'][*[local-name()='product'] and *[local-name()='variable'][@identifier='LONGER']])"));
            Assert.Equal("16", XPath(first, "string(//*[local-name()='max']/*[local-name()='baseValue'])"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string XPath(string file, string expression) => ExternalTools.XmlLint("--xpath", expression, file).Output.Trim();
}
