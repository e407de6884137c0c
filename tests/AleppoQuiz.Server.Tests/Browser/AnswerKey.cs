using System.Text.Json;
using AleppoQuiz.Server.Features.Quizzes;
using Microsoft.Playwright;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The teacher's view of a quiz (GET /api/quizzes/{id}, answers included), which the test uses to decide which
/// options to press for a right or a wrong answer. Option ids in a game are the options' positions in the bank.
/// Only a signed-in teacher may read answers, so it is read through the teacher's own browser session.
/// </summary>
internal sealed class AnswerKey(QuizDetail quiz)
{
    public static async Task<AnswerKey> LoadAsync(IPage teacherPage, string quizId) =>
        new(await GetAsync<QuizDetail>(teacherPage, $"/api/quizzes/{quizId}"));

    /// <summary>A GET with the page's cookies (its signed-in teacher), read as JSON.</summary>
    public static async Task<T> GetAsync<T>(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"GET {path} answered {response.Status}");
        return JsonSerializer.Deserialize<T>(await response.TextAsync(), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"GET {path} returned nothing.");
    }

    public int QuestionCount => quiz.Questions.Count;

    public QuestionDetail For(string prompt) =>
        quiz.Questions.SingleOrDefault(q => q.Prompt == prompt.Trim())
        ?? throw new InvalidOperationException($"No question reads \"{prompt}\".");

    /// <summary>The option ids to press (or, for order questions, the sequence) for a right or a wrong answer.</summary>
    public static IReadOnlyList<int> Choose(QuestionDetail question, bool right)
    {
        var correct = question.CorrectOptions;
        var wrong = question.Options.Where(o => !o.Correct).Select(o => o.Index).ToArray();
        return question.Type switch
        {
            "order" => right ? correct : [.. correct.Skip(1).Append(correct[0])],
            "multi" => right ? correct : wrong,
            _ => [right ? correct[0] : wrong[0]],
        };
    }
}
