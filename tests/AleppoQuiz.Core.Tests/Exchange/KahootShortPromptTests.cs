using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Kahoot takes 120 characters of question. A longer prompt is never cut: the author's own short prompt goes in
/// Kahoot's cell where there is one, and each question over the limit is named in the export notes either way.
/// </summary>
public class KahootShortPromptTests
{
    [Fact]
    public void The_author_s_short_prompt_is_what_Kahoot_reads_and_the_full_prompt_comes_back_on_import()
    {
        var quiz = ExchangeSamples.Awkward with { Questions = [.. ExchangeSamples.Awkward.Questions.Where(q => q.Id == "awk-6")] };
        var question = quiz.Questions[0];

        var export = QuizExchange.Export(ExchangeFormat.Kahoot, quiz);
        var note = Assert.Single(export.Notes, n => n.QuestionId == "awk-6" && n.Message.Contains("characters", StringComparison.Ordinal));
        Assert.Contains("short prompt is written instead", note.Message, StringComparison.Ordinal);
        var imported = QuizExchange.Import(ExchangeFormat.Kahoot, export.Content).Questions.Single();

        Assert.Equal((question.Prompt, question.ShortPrompt), (imported.Prompt, imported.ShortPrompt));
    }

    [Fact]
    public void A_longOneprompt_without_a_short_one_is_written_whole_and_named()
    {
        var longOne = ExchangeSamples.Awkward.Questions.Single(q => q.Id == "awk-6") with { ShortPrompt = null };
        var quiz = ExchangeSamples.Awkward with { Questions = [longOne] };

        var export = QuizExchange.Export(ExchangeFormat.Kahoot, quiz);

        var note = Assert.Single(export.Notes, n => n.Message.Contains("characters", StringComparison.Ordinal));
        Assert.Contains("write a short prompt", note.Message, StringComparison.Ordinal);
        Assert.Equal(longOne.Prompt, QuizExchange.Import(ExchangeFormat.Kahoot, export.Content).Questions.Single().Prompt);
    }

    [Theory]
    [InlineData(121, "at most 120")]
    [InlineData(0, "no shorter than the prompt")]
    public void The_validator_holds_a_short_prompt_to_Kahoot_s_limit_and_below_the_prompt(int length, string problem)
    {
        var question = ExchangeSamples.Awkward.Questions.Single(q => q.Id == "awk-1");
        var shortPrompt = length > 0 ? new string('a', length) : question.Prompt;

        var check = QuestionValidator.Check(question with { ShortPrompt = shortPrompt, Evidence = [] }, new Dictionary<string, AleppoQuiz.Core.Articles.ArticleDocument>());

        Assert.Contains(check.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
