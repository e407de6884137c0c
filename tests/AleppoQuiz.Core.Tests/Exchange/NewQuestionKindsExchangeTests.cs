using System.IO.Compression;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Type-answer questions travel as GIFT and Moodle short answers and as QTI text entry; polls and Kahoot's missing
/// kinds are left out of an export and named. A pinned option order travels where a format can say so.
/// </summary>
public sealed class NewQuestionKindsExchangeTests
{
    private static readonly Quiz Kinds = new()
    {
        Id = "new-kinds",
        Title = "New kinds",
        Questions =
        [
            Question("agency", QuestionType.TypeAnswer, "Name the agency that supplied this quote", []) with
            {
                AcceptedAnswers = ["Reuters", "Thomson Reuters", "a -> b"],
            },
            Question("check-first", QuestionType.Poll, "Which source would you check first?", [("The Observatory", false), ("State TV", false)]),
            Question("ranges", QuestionType.Single, "How many left?", [("Fewer than 1,000", false), ("1,000 to 5,000", false), ("More", true)]) with
            {
                KeepOrder = true,
            },
        ],
    };

    [Theory]
    [InlineData("gift")]
    [InlineData("moodle-xml")]
    public void A_type_answer_question_comes_back_with_its_accepted_answers_and_a_poll_is_named_as_left_out(string formatName)
    {
        var format = QuizExchange.Find(formatName);

        var export = QuizExchange.Export(format, Kinds);
        var imported = QuizExchange.Import(format, export.Content);

        Assert.Equal(["check-first"], export.SkippedQuestionIds);
        Assert.Contains("poll", export.Notes.Single(n => n.Skipped).Message, StringComparison.Ordinal);
        QuizAssert.SameQuestions([Kinds.Questions[0], Kinds.Questions[2]], imported.Questions);
        Assert.Equal(["Reuters", "Thomson Reuters", "a -> b"], imported.Questions[0].AcceptedAnswers);
        Assert.True(imported.Questions[1].KeepOrder);
    }

    [Fact]
    public void Moodle_short_answers_from_a_plain_GIFT_file_arrive_as_type_answer_questions()
    {
        var quiz = QuizExchange.Import(ExchangeFormat.Gift, "::Village::Which village was evacuated with Kefraya? {=Foua =%100%al-Foua =%50%Fuaa}");

        var question = Assert.Single(quiz.Questions);
        Assert.Equal(QuestionType.TypeAnswer, question.Type);
        Assert.Equal(["Foua", "al-Foua"], question.AcceptedAnswers);
        Assert.Empty(question.Options);
    }

    [Fact]
    public void Kahoot_s_spreadsheet_leaves_out_type_answer_and_poll_questions_and_says_so()
    {
        var export = QuizExchange.Export(ExchangeFormat.Kahoot, Kinds);

        Assert.Equal(["agency", "check-first"], export.SkippedQuestionIds);
    }

    [Fact]
    public void QTI_writes_a_text_entry_that_validates_and_shuffles_only_unpinned_choices()
    {
        var folder = Directory.CreateTempSubdirectory("qti-kinds-").FullName;
        try
        {
            ZipFile.ExtractToDirectory(new MemoryStream(QuizExchange.Export(ExchangeFormat.Qti, Kinds).Content), folder);
            var agency = Path.Combine(folder, "items", "agency.xml");
            var ranges = Path.Combine(folder, "items", "ranges.xml");

            var (exit, output) = ExternalTools.XmlLint("--noout", "--nonet", "--schema",
                Path.Combine(ExternalTools.Schemas, "qtiv2p1", "imsqti_v2p1.xsd"), agency, ranges);

            Assert.True(exit == 0, output);
            Assert.Equal("1", ExternalTools.XmlLint("--xpath", "count(//*[local-name()='textEntryInteraction'])", agency).Output.Trim());
            Assert.Equal("3", ExternalTools.XmlLint("--xpath", "count(//*[local-name()='mapEntry'][@mappedValue='1000'])", agency).Output.Trim());
            Assert.Equal("false", ExternalTools.XmlLint("--xpath", "string(//*[local-name()='choiceInteraction']/@shuffle)", ranges).Output.Trim());
            Assert.False(File.Exists(Path.Combine(folder, "items", "check-first.xml")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Question Question(string id, QuestionType type, string prompt, (string Text, bool Correct)[] options) => new()
    {
        Id = id,
        Type = type,
        Skill = "attributed-or-asserted",
        Difficulty = Difficulty.Medium,
        TimeLimitSeconds = 20,
        Prompt = prompt,
        Options = options.Select(o => new QuestionOption(o.Text, o.Correct)).ToArray(),
        Explanation = "Why.",
        Evidence = [new Evidence("afp", "A quote")],
    };
}
