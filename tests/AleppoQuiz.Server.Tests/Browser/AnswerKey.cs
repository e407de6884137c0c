using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The teacher's view of a quiz (GET /api/quizzes/{id}, answers included), which the test uses to decide which
/// options to press for a right or a wrong answer. Option ids in a game are the options' positions in the bank.
/// </summary>
internal sealed class AnswerKey(QuizDetail quiz)
{
    public static async Task<AnswerKey> LoadAsync(Uri server, string quizId)
    {
        using var http = new HttpClient { BaseAddress = server };
        var quiz = await http.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quizId}", JsonSerializerOptions.Web);
        return new AnswerKey(quiz ?? throw new InvalidOperationException($"Quiz {quizId} did not load."));
    }

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
