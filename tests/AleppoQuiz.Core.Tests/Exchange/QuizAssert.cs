using System.Text;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Compares quizzes field by field, one question at a time, so a failing round trip names the question and shows
/// the field that changed. Evidence spans are left out: no exchange format carries them, the loader recomputes them.
/// </summary>
internal static class QuizAssert
{
    public static void SameQuiz(Quiz expected, Quiz actual)
    {
        Assert.Equal((expected.Id, expected.Title, expected.Description), (actual.Id, actual.Title, actual.Description));
        SameQuestions(expected.Questions, actual.Questions);
    }

    public static void SameQuestions(IReadOnlyList<Question> expected, IReadOnlyList<Question> actual)
    {
        Assert.Equal(expected.Select(q => q.Id), actual.Select(q => q.Id));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Describe(expected[i]), Describe(actual[i]));
        }
    }

    /// <summary>Every field of a question on its own line.</summary>
    public static string Describe(Question question)
    {
        var text = new StringBuilder()
            .AppendLine($"id: {question.Id}")
            .AppendLine($"type: {question.Type}")
            .AppendLine($"skill: {question.Skill}")
            .AppendLine($"difficulty: {question.Difficulty}")
            .AppendLine($"time limit: {question.TimeLimitSeconds}")
            .AppendLine($"points: {question.Points}")
            .AppendLine($"prompt: {question.Prompt}")
            .AppendLine($"short prompt: {question.ShortPrompt ?? "(none)"}");
        foreach (var option in question.Options)
        {
            text.AppendLine($"option: [{(option.Correct ? 'x' : ' ')}] {option.Text}");
        }

        foreach (var answer in question.AcceptedAnswers)
        {
            text.AppendLine($"accepted: {answer}");
        }

        text.AppendLine($"keep order: {question.KeepOrder}");
        text.AppendLine($"explanation: {question.Explanation}");
        foreach (var evidence in question.Evidence)
        {
            text.AppendLine($"evidence: {evidence.ArticleId}: {evidence.Quote}");
        }

        return text.ToString();
    }
}
