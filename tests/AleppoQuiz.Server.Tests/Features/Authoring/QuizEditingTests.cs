using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Authoring;

public sealed class QuizEditingTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;

    public async Task InitializeAsync() => teacher = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_tabs_editing_one_quiz_do_not_overwrite_each_other()
    {
        var quiz = await AuthoringClient.CreateQuizAsync(teacher);

        var firstTab = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}", new QuizInput("Title from tab one", "", quiz.Version));
        var secondTab = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}", new QuizInput("Title from tab two", "", quiz.Version));

        Assert.Equal(HttpStatusCode.OK, firstTab.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondTab.StatusCode);
        Assert.Contains("another tab", await secondTab.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Title from tab one", (await teacher.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quiz.Id}"))!.Title);
    }

    [Fact]
    public async Task A_built_in_quiz_is_copied_with_every_question_and_the_copy_is_editable()
    {
        var templates = await teacher.GetFromJsonAsync<QuizSummary[]>("/api/quizzes");
        var template = templates!.First(q => !q.IsOwn);

        var response = await teacher.PostAsync($"/api/quizzes/{template.Id}/copy", null);
        var copy = (await response.Content.ReadFromJsonAsync<QuizDetail>())!;
        var renamed = await teacher.PutAsJsonAsync($"/api/quizzes/{copy.Id}", new QuizInput("Our version", "", copy.Version));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(copy.IsOwn);
        Assert.Equal(template.QuestionCount, copy.Questions.Count);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PutAsJsonAsync($"/api/quizzes/{template.Id}", new QuizInput("Mine now", "", 0))).StatusCode);
    }

    [Fact]
    public async Task Questions_can_be_reordered_and_a_quiz_deleted()
    {
        var quiz = await AuthoringClient.CreateQuizAsync(teacher);
        quiz = (await (await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid() with { Prompt = "A?" })).Content.ReadFromJsonAsync<QuizDetail>())!;
        quiz = (await (await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid() with { Prompt = "B?" })).Content.ReadFromJsonAsync<QuizDetail>())!;

        var reordered = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}/order", new QuestionOrder(quiz.Version, [quiz.Questions[1].Id, quiz.Questions[0].Id]));
        var after = (await reordered.Content.ReadFromJsonAsync<QuizDetail>())!;
        var deleted = await teacher.DeleteAsync($"/api/quizzes/{quiz.Id}?version={after.Version}");

        Assert.Equal(["B?", "A?"], after.Questions.Select(q => q.Prompt));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/quizzes/{quiz.Id}")).StatusCode);
    }

    [Fact]
    public async Task Another_teacher_neither_sees_nor_changes_my_quiz()
    {
        var quiz = await AuthoringClient.CreateQuizAsync(teacher, "Private quiz");
        var other = await SignedInTeacher.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/quizzes/{quiz.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/quizzes/{quiz.Id}", new QuizInput("Taken", "", quiz.Version))).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!, q => q.Id == quiz.Id);
    }
}
