using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// The teacher's view of a quiz (from the HTTP API), used by tests to answer questions right or wrong on purpose.
/// </summary>
internal sealed class QuizKey(QuizDetail quiz)
{
    public int Count => quiz.Questions.Count;

    /// <summary>The bank's ids of the quiz's questions, which name the answer key to anyone holding the bank.</summary>
    public IEnumerable<string> QuestionIds => quiz.Questions.Select(q => q.Id);

    public static async Task<QuizKey> LoadAsync(HttpClient client, string quizId) =>
        new((await client.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quizId}"))!);

    /// <summary>The option ids that answer question <paramref name="index"/> fully right.</summary>
    public int[] Right(int index) => [.. quiz.Questions[index].CorrectOptions];

    /// <summary>An answer that earns nothing: a wrong option, or for ordering questions a wrong sequence.</summary>
    public int[] Wrong(int index)
    {
        var question = quiz.Questions[index];
        return question.Type == "order"
            ? [.. question.CorrectOptions.Reverse()]
            : [question.Options.First(o => !o.Correct).Index];
    }

    /// <summary>The built-in quiz with the fewest questions, which keeps whole-game tests short.</summary>
    public static async Task<string> ShortestQuizIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!.MinBy(q => q.QuestionCount)!.Id;
}
