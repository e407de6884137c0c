using AleppoQuiz.Core.Exchange;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Every built-in quiz, and a quiz full of awkward characters, exported and imported again through each format
/// that can do both. Native, GIFT and Moodle XML carry every field of ours; the Kahoot workbook carries every field of
/// the questions it can hold (single, multi-select and true/false with at most four options). A quiz of which a
/// format carries nothing (find-the-evidence, outside native and QTI) has no round trip there; FindEvidenceExchangeTests
/// checks it is named as left out.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string, string> LosslessCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var format in new[] { "native", "gift", "moodle-xml", "kahoot" })
        {
            foreach (var quiz in ExchangeSamples.BuiltInIds.Append(ExchangeSamples.Awkward.Id))
            {
                var sample = quiz == ExchangeSamples.Awkward.Id ? ExchangeSamples.Awkward : ExchangeSamples.BuiltIn(quiz);
                if (CarriedQuestions.By(QuizExchange.Find(format), sample).Length > 0)
                {
                    cases.Add(format, quiz);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(LosslessCases))]
    public void A_quiz_comes_back_with_every_field_the_format_carries(string formatName, string quizId)
    {
        var format = QuizExchange.Find(formatName);
        var quiz = quizId == ExchangeSamples.Awkward.Id ? ExchangeSamples.Awkward : ExchangeSamples.BuiltIn(quizId);

        var exported = QuizExchange.Export(format, quiz);
        var imported = QuizExchange.Import(format, exported.Content);

        var expected = quiz with { Questions = CarriedQuestions.By(format, quiz) };
        Assert.Equal(quiz.Questions.Count - expected.Questions.Count, exported.SkippedQuestionIds.Count());
        QuizAssert.SameQuiz(expected, imported);
    }

    [Theory]
    [MemberData(nameof(LosslessCases))]
    public void Exporting_the_imported_quiz_again_gives_the_same_bytes(string formatName, string quizId)
    {
        var format = QuizExchange.Find(formatName);
        var quiz = quizId == ExchangeSamples.Awkward.Id ? ExchangeSamples.Awkward : ExchangeSamples.BuiltIn(quizId);

        var first = QuizExchange.Export(format, quiz).Content;
        var second = QuizExchange.Export(format, QuizExchange.Import(format, first)).Content;

        // A workbook is a zip whose entries carry the time of writing: its contents are compared instead.
        if (format == ExchangeFormat.Kahoot)
        {
            QuizAssert.SameQuiz(QuizExchange.Import(format, first), QuizExchange.Import(format, second));
            return;
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_built_in_quiz_is_in_the_round_trip_cases()
    {
        Assert.Equal(ExchangeSamples.BuiltInQuizzes.Select(q => q.Id).Order(StringComparer.Ordinal), ExchangeSamples.BuiltInIds);
        Assert.Equal(102, ExchangeSamples.BuiltInQuizzes.Sum(q => q.Questions.Count));
    }

    [Fact]
    public void Kahoot_skips_ordering_questions_and_those_with_more_than_four_options_and_says_which()
    {
        var result = QuizExchange.Export(ExchangeFormat.Kahoot, ExchangeSamples.Awkward);

        var skipped = result.Notes.Where(n => n.Skipped).ToArray();
        Assert.Equal(["awk-4", "awk-5"], skipped.Select(n => n.QuestionId));
        Assert.Contains("no ordering questions", skipped[0].Message, StringComparison.Ordinal);
        Assert.Contains("5 options", skipped[1].Message, StringComparison.Ordinal);
    }
}
