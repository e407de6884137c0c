using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Authoring;

/// <summary>Small steps of a teacher's editing session, spelled as the editor page sends them.</summary>
internal static class AuthoringClient
{
    public static QuestionInput WhoSaid(string quote = "said Turkish Foreign Minister Mevlut Cavusoglu") => new(
        "single",
        "who-said-it",
        "easy",
        20,
        null,
        "Who said the evacuations were not over?",
        [new("Mevlut Cavusoglu", true), new("Vladimir Putin", false), new("Marianne Gasser", false)],
        "AFP quotes the Turkish foreign minister.",
        [new("afp", quote)]);

    public static async Task<QuizDetail> CreateQuizAsync(HttpClient client, string title = "My quiz")
    {
        var response = await client.PostAsJsonAsync("/api/quizzes", new QuizInput(title, "For class 9B"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<QuizDetail>())!;
    }

    public static async Task<HttpResponseMessage> AddQuestionAsync(HttpClient client, QuizDetail quiz, QuestionInput question) =>
        await client.PostAsJsonAsync($"/api/quizzes/{quiz.Id}/questions", new QuestionEdit(quiz.Version, question));
}
