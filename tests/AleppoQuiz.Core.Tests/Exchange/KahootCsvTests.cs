using System.Text;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.Exchange.Kahoot;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

public class KahootCsvTests
{
    // Kahoot's spreadsheet saved as CSV: a numbering column, instruction rows above the header, hints in the
    // header names, and no columns of ours.
    private const string PlainKahootCsv = """
        ,Quiz template,,,,,,
        ,"Fill in one question per row, with up to four answers; list the correct answers by number.",,,,,,
        ,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one
        1,Who told AFP the evacuation was suspended?,A security source,The Observatory,Turkish officials,,20,1
        2,Which outlets cite Reuters?,BBC,NBC News,AFP,VOA,30,"1,2"
        3,AFP gives 8500 evacuees.,True,False,,,10,1
        4,,,,,,,
        """;

    [Fact]
    public void A_plain_Kahoot_sheet_gives_single_multi_and_true_false_questions_by_its_answers()
    {
        var quiz = QuizExchange.Import(ExchangeFormat.KahootCsv, PlainKahootCsv, new ImportOptions { SourceName = "Week 3 kahoot.csv" });

        Assert.Equal(("week-3-kahoot", "Week 3 kahoot"), (quiz.Id, quiz.Title));
        Assert.Equal(["week-3-kahoot-01", "week-3-kahoot-02", "week-3-kahoot-03"], quiz.Questions.Select(q => q.Id));
        Assert.Equal([QuestionType.Single, QuestionType.Multi, QuestionType.TrueFalse], quiz.Questions.Select(q => q.Type));
        Assert.Equal([20, 30, 10], quiz.Questions.Select(q => q.TimeLimitSeconds));
        Assert.Equal(["A security source", "The Observatory", "Turkish officials"], quiz.Questions[0].Options.Select(o => o.Text));
        Assert.Equal([0, 1], quiz.Questions[1].CorrectOptionIndexes);
        Assert.Equal("", quiz.Questions[0].Explanation);
    }

    [Fact]
    public void A_sheet_saved_with_semicolons_in_UTF_16_reads_the_same()
    {
        // In a semicolon file the list of correct answers keeps its comma and needs no quotes.
        var semicolons = PlainKahootCsv.Replace("\"1,2\"", "1+2", StringComparison.Ordinal)
            .Replace(',', ';')
            .Replace("1+2", "1,2", StringComparison.Ordinal);
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(semicolons)).ToArray();

        var quiz = QuizExchange.Import(ExchangeFormat.KahootCsv, bytes);

        var expected = QuizExchange.Import(ExchangeFormat.KahootCsv, PlainKahootCsv);
        QuizAssert.SameQuestions(expected.Questions, quiz.Questions);
    }

    [Fact]
    public void A_sheet_Excel_saved_in_Windows_1252_is_detected_and_read_with_its_accents()
    {
        var accented = PlainKahootCsv.Replace("Turkish officials", "Les autorités turques", StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(accented);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var quiz = QuizExchange.Import(ExchangeFormat.KahootCsv, bytes);

        Assert.Equal("Les autorités turques", quiz.Questions[0].Options[2].Text);
        QuizAssert.SameQuestions(QuizExchange.Import(ExchangeFormat.KahootCsv, accented).Questions, quiz.Questions);
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(25, 30)]
    [InlineData(35, 30)]
    [InlineData(45, 60)]
    [InlineData(7, 5)]
    [InlineData(100, 90)]
    [InlineData(180, 240)]
    [InlineData(1000, 240)]
    public void Time_limits_round_to_the_nearest_Kahoot_allows_and_ties_to_the_longer(int seconds, int expected)
    {
        Assert.Equal(expected, KahootColumns.NearestTimeLimit(seconds));
    }

    [Fact]
    public void A_rounded_time_limit_is_noted_but_the_question_is_kept()
    {
        var result = QuizExchange.Export(ExchangeFormat.Kahoot, ExchangeSamples.Awkward);

        var note = Assert.Single(result.Notes, n => n.QuestionId == "awk-1" && n.Message.Contains("time limit", StringComparison.Ordinal));
        Assert.False(note.Skipped);
        Assert.Contains("25 s written as 30 s", note.Message, StringComparison.Ordinal);
    }
}
