using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Quizzes;
using Microsoft.AspNetCore.Mvc;

namespace AleppoQuiz.Server.Tests.Features.Quizzes;

public sealed class QuizzesApiTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anyone_sees_which_quizzes_exist_but_only_teachers_see_their_answers()
    {
        var anonymous = factory.CreateClient();
        var own = await (await client.PostAsJsonAsync("/api/quizzes", new { title = "Mine" })).Content.ReadFromJsonAsync<QuizDetail>();

        var listed = await anonymous.GetFromJsonAsync<QuizSummary[]>("/api/quizzes");

        Assert.True(listed!.Length >= 3);
        Assert.DoesNotContain(listed, q => q.Id == own!.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/quizzes/who-said-it")).StatusCode);
    }

    [Fact]
    public async Task The_quiz_list_offers_at_least_three_quizzes_with_forty_questions_between_them()
    {
        var quizzes = await client.GetFromJsonAsync<QuizSummary[]>("/api/quizzes");

        Assert.NotNull(quizzes);
        Assert.True(quizzes.Length >= 3, $"{quizzes.Length} quizzes");
        Assert.True(quizzes.Sum(q => q.QuestionCount) >= 40);
        Assert.All(quizzes, q => Assert.NotEmpty(q.Skills));
        Assert.Equal(quizzes.OrderBy(q => q.Title, StringComparer.Ordinal).Select(q => q.Id), quizzes.Select(q => q.Id));
    }

    [Fact]
    public async Task A_quiz_comes_with_answers_explanations_and_evidence_spans_for_the_teacher()
    {
        var summary = (await client.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))![0];

        var quiz = await client.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{summary.Id}");

        Assert.NotNull(quiz);
        Assert.Equal(summary.QuestionCount, quiz.Questions.Count);
        Assert.Equal(Enumerable.Range(0, quiz.Questions.Count), quiz.Questions.Select(q => q.Position));
        foreach (var question in quiz.Questions)
        {
            Assert.NotEmpty(question.CorrectOptions);
            Assert.NotEmpty(question.Explanation);
            Assert.All(question.Evidence, e => Assert.True(e.End - e.Start == e.Quote.Length && e.Start >= 0));
            Assert.All(question.Evidence, e => Assert.NotEqual(e.ArticleId, e.Outlet));
        }
    }

    [Fact]
    public async Task An_unknown_quiz_is_a_404_problem_naming_the_id()
    {
        var response = await client.GetAsync("/api/quizzes/no-such-quiz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("no-such-quiz", problem!.Detail, StringComparison.Ordinal);
    }
}
