using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Practice;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Tests.Features.Live;
using AleppoQuiz.Server.Tests.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Practice;

/// <summary>Homework played alone over HTTP, timed by the server's (test) clock and scored like a live game.</summary>
public sealed class PracticeTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private ReportTeacher teacher = null!;
    private ClassDetail schoolClass = null!;
    private QuizKey key = null!;
    private HttpClient student = null!;

    public async Task InitializeAsync()
    {
        teacher = await ReportTeacher.CreateAsync(factory);
        schoolClass = await teacher.CreateClassAsync("10D", "Ana", "Ben");
        var quizId = await QuizKey.ShortestQuizIdAsync(teacher.Http);
        key = await QuizKey.LoadAsync(teacher.Http, quizId);
        student = factory.CreateClient();
    }

    [Fact]
    public async Task A_student_plays_the_homework_alone_and_it_reaches_the_class_reports()
    {
        var assignment = await AssignAsync(schoolClass.Id, deadline: factory.Clock.GetUtcNow().AddDays(1));
        var roster = await (await student.PostAsJsonAsync($"/api/practice/{assignment.Id}/roster", new ClassCodeInput(schoolClass.Code))).Content.ReadFromJsonAsync<RosterChoice>();
        var ana = roster!.Students.Single(s => s.Name == "Ana");
        var started = await StartAsync(assignment.Id, new PracticeStart(null, schoolClass.Code, ana.StudentId));
        Assert.Equal("Ana", started.Nickname);

        var state = started.State;
        var streak = 0;
        for (var index = 0; index < key.Count; index++)
        {
            Assert.Equal("question-preview", state.Phase);
            factory.Clock.Advance(TimeSpan.FromMilliseconds(state.Question!.ReadingRemainingMs));
            Assert.Equal("answering", (await SendAsync(HttpMethod.Get, started, "")).Phase);
            var limitMs = state.Question.TimeLimitMs;
            var multiplier = state.Question.PointsMultiplier;
            var last = index == key.Count - 1;
            if (last)
            {
                factory.Clock.Advance(TimeSpan.FromMilliseconds(limitMs));
                state = await SendAsync(HttpMethod.Get, started, "");
                Assert.False(state.Reveal!.Answered);
            }
            else
            {
                factory.Clock.Advance(TimeSpan.FromMilliseconds(1500));
                var right = index % 2 == 0;
                state = await SendAsync(HttpMethod.Post, started, "/answers", new PracticeAnswer(index, right ? key.Right(index) : key.Wrong(index)));
                streak = right ? streak + 1 : 0;
                Assert.Equal(right, state.Reveal!.Correct);
                Assert.Equal(1500, state.Reveal.AnswerTimeMs);
                Assert.Equal(right ? DocumentedScoring.Points(1500, limitMs, multiplier, streak) : 0, state.Reveal.Points);
                Assert.Equal(right ? key.Right(index) : key.Wrong(index), state.Reveal.YourAnswer);
            }

            Assert.Equal(key.Right(index), state.Reveal.CorrectOptionIds);
            Assert.NotEmpty(state.Reveal.Evidence);
            state = await SendAsync(HttpMethod.Post, started, "/next");
        }

        Assert.Equal("finished", state.Phase);
        await ExpectInReportsAsync(started, state);
    }

    [Fact]
    public async Task Homework_without_a_class_takes_a_nickname_and_refuses_after_its_deadline()
    {
        var assignment = await AssignAsync(classId: null, deadline: factory.Clock.GetUtcNow().AddHours(1));
        var info = await student.GetFromJsonAsync<PracticeInfo>($"/api/practice/{assignment.Id}");
        Assert.False(info!.UsesRoster);

        Assert.Equal("Sam", (await StartAsync(assignment.Id, new PracticeStart("Sam", null, null))).Nickname);
        var blank = await student.PostAsJsonAsync($"/api/practice/{assignment.Id}/attempts", new PracticeStart("  ", null, null));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True((await student.GetFromJsonAsync<PracticeInfo>($"/api/practice/{assignment.Id}"))!.IsClosed);
        var late = await student.PostAsJsonAsync($"/api/practice/{assignment.Id}/attempts", new PracticeStart("Kim", null, null));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("deadline-passed", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_answers_only_its_own_token_and_only_once_answering_is_open()
    {
        var assignment = await AssignAsync(schoolClass.Id, deadline: null);
        var started = await StartAsync(assignment.Id, new PracticeStart(null, schoolClass.Code, schoolClass.Students[1].Id));

        var early = await SendRawAsync(HttpMethod.Post, started.AttemptId, started.Token, "/answers", new PracticeAnswer(0, key.Right(0)));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var stranger = await SendRawAsync(HttpMethod.Get, started.AttemptId, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "", null);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        var wrongCode = await student.PostAsJsonAsync($"/api/practice/{assignment.Id}/attempts", new PracticeStart(null, "NOPE99", schoolClass.Students[0].Id));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();

    private async Task ExpectInReportsAsync(PracticeStarted started, PracticeState finished)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
            Assert.NotNull((await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Id == started.AttemptId)).EndedAt);
            Assert.Equal(finished.Score, await db.GameAnswers.Where(a => a.GameId == started.AttemptId).SumAsync(a => a.Points ?? 0));
        }

        var summary = await teacher.Http.GetFromJsonAsync<GameSummary>($"/api/reports/games/{started.AttemptId}");
        Assert.Equal(("practice", key.Count, key.Count - 1, finished.Correct), (summary!.Kind, summary.QuestionsPlayed, summary.AnswerCount, summary.CorrectCount));
        var list = await teacher.Http.GetFromJsonAsync<GameListItem[]>("/api/reports/games?kind=practice");
        Assert.Equal(started.AttemptId, Assert.Single(list!).Id);
        var mastery = await teacher.Http.GetFromJsonAsync<ClassMastery>($"/api/reports/classes/{schoolClass.Id}/mastery");
        Assert.Equal(key.Count - 1, mastery!.Students.Single(s => s.Name == "Ana").Skills.Sum(s => s.Answered));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/results/{started.AttemptId}");
        request.Headers.Add(StudentResultsApi.TokenHeader, started.Token);
        var results = await (await student.SendAsync(request)).Content.ReadFromJsonAsync<StudentResults>();
        Assert.Equal(finished.Score, results!.Score);
    }

    private async Task<AssignmentView> AssignAsync(string? classId, DateTimeOffset? deadline)
    {
        var response = await teacher.Http.PostAsJsonAsync("/api/assignments", new AssignmentInput(await QuizKey.ShortestQuizIdAsync(teacher.Http), classId, deadline));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AssignmentView>())!;
    }

    private async Task<PracticeStarted> StartAsync(string assignmentId, PracticeStart start)
    {
        var response = await student.PostAsJsonAsync($"/api/practice/{assignmentId}/attempts", start);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PracticeStarted>())!;
    }

    private async Task<PracticeState> SendAsync(HttpMethod method, PracticeStarted started, string path, object? body = null)
    {
        var response = await SendRawAsync(method, started.AttemptId, started.Token, path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PracticeState>())!;
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string attemptId, string token, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, $"/api/practice/attempts/{attemptId}{path}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(StudentResultsApi.TokenHeader, token);
        return await student.SendAsync(request);
    }
}
