using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Practice;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Tests.Features.Authoring;
using AleppoQuiz.Server.Tests.Features.Live;
using AleppoQuiz.Server.Tests.Features.Reports;

namespace AleppoQuiz.Server.Tests.Features.Practice;

/// <summary>
/// Homework with a typed answer and a poll: the typed answer is judged by the same matcher as in a live game and
/// shown back, the poll counts as taking part, and the teacher's reports keep the poll out of every accuracy.
/// </summary>
public sealed class PracticeTypeAnswerAndPollTests : IAsyncLifetime
{
    private const string Quote = "said Turkish Foreign Minister Mevlut Cavusoglu";
    private const string Typed = "  mevlüt ÇAVUŞOĞLU. ";

    private readonly LiveServerFactory factory = new();
    private ReportTeacher teacher = null!;
    private HttpClient student = null!;
    private string assignmentId = "";

    public async Task InitializeAsync()
    {
        teacher = await ReportTeacher.CreateAsync(factory);
        var quiz = await AuthoringClient.CreateQuizAsync(teacher.Http, "Typed and poll homework");
        var typed = AuthoringClient.WhoSaid(Quote) with { Type = "type-answer", Options = [], Accepted = ["Mevlut Cavusoglu", "Cavusoglu"] };
        var poll = AuthoringClient.WhoSaid(Quote) with
        {
            Type = "poll",
            Skill = "corroboration",
            Prompt = "Which would you check first?",
            Options = [new OptionInput("The ministry's own statement", false), new OptionInput("A second outlet's report", false)],
        };
        (await AuthoringClient.AddQuestionAsync(teacher.Http, quiz, typed)).EnsureSuccessStatusCode();
        (await AuthoringClient.AddQuestionAsync(teacher.Http, quiz with { Version = quiz.Version + 1 }, poll)).EnsureSuccessStatusCode();
        var assigned = await teacher.Http.PostAsJsonAsync("/api/assignments", new AssignmentInput(quiz.Id, null, null));
        assigned.EnsureSuccessStatusCode();
        assignmentId = (await assigned.Content.ReadFromJsonAsync<AssignmentView>())!.Id;
        student = factory.CreateClient();
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();

    [Fact]
    public async Task A_typed_answer_is_judged_and_shown_back_and_a_poll_counts_as_taking_part()
    {
        var started = await (await student.PostAsJsonAsync($"/api/practice/{assignmentId}/attempts", new PracticeStart("Rana", null, null)))
            .Content.ReadFromJsonAsync<PracticeStarted>();

        var typed = await AnswerAsync(started!, new PracticeAnswer(0, null, Typed));
        Assert.True(typed.Reveal!.Correct);
        Assert.True(typed.Reveal.Points > 0);
        Assert.Equal(Typed.Trim(), typed.Reveal.YourText);
        Assert.Equal(["Mevlut Cavusoglu", "Cavusoglu"], typed.Reveal.AcceptedAnswers);
        Assert.Empty(typed.Reveal.Options);
        await SendAsync(started!, HttpMethod.Post, "/next");

        var poll = await AnswerAsync(started!, new PracticeAnswer(1, [1]));
        Assert.Equal("poll", poll.Reveal!.Kind);
        Assert.True(poll.Reveal.Answered);
        Assert.Equal(0, poll.Reveal.Points);
        Assert.Empty(poll.Reveal.CorrectOptionIds);
        Assert.Equal([1], poll.Reveal.YourAnswer);
        Assert.Equal(typed.Score, poll.Score);

        var finished = await SendAsync(started!, HttpMethod.Post, "/next");
        Assert.Equal(("finished", 1, 1, 1, 1), (finished.Phase, finished.Correct, finished.Scored, finished.Polls, finished.PollsAnswered));

        var summary = await teacher.Http.GetFromJsonAsync<GameSummary>($"/api/reports/games/{started!.AttemptId}");
        Assert.Equal((2, 1, 1.0), (summary!.AnswerCount, summary.CorrectCount, summary.Accuracy));
        var player = Assert.Single((await teacher.Http.GetFromJsonAsync<PlayerReport[]>($"/api/reports/games/{started.AttemptId}/players"))!);
        Assert.Equal((1, 1, 1.0, 1), (player.Answered, player.Correct, player.Accuracy, player.PollsAnswered));
        Assert.Equal(Typed.Trim(), player.Answers[0].AnswerText);
        Assert.True(player.Answers[1].IsPoll);
        var questions = (await teacher.Http.GetFromJsonAsync<QuestionReport[]>($"/api/reports/games/{started.AttemptId}/questions"))!;
        var pollReport = questions.Single(q => q.Kind == "poll");
        Assert.Null(pollReport.Accuracy);
        Assert.Equal(1, pollReport.Answered);
        Assert.Equal([0, 1], pollReport.Distribution.Select(d => d.Count));
        Assert.Equal("poll", questions[^1].Kind);
        var listed = Assert.Single((await teacher.Http.GetFromJsonAsync<GameListItem[]>("/api/reports/games?kind=practice"))!);
        Assert.Equal((2, 1.0), (listed.AnswerCount, listed.Accuracy));
    }

    private async Task<PracticeState> AnswerAsync(PracticeStarted started, PracticeAnswer answer)
    {
        var state = await SendAsync(started, HttpMethod.Get, "");
        factory.Clock.Advance(TimeSpan.FromMilliseconds(state.Question!.ReadingRemainingMs + 1000));
        return await SendAsync(started, HttpMethod.Post, "/answers", answer);
    }

    private async Task<PracticeState> SendAsync(PracticeStarted started, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"/api/practice/attempts/{started.AttemptId}{path}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(StudentResultsApi.TokenHeader, started.Token);
        var response = await student.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PracticeState>())!;
    }
}
