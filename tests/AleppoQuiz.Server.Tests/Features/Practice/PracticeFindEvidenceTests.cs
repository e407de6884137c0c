using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Practice;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Tests.Features.Authoring;
using AleppoQuiz.Server.Tests.Features.Live;
using AleppoQuiz.Server.Tests.Features.Reports;

namespace AleppoQuiz.Server.Tests.Features.Practice;

/// <summary>Homework with a find-the-evidence question: the same selection, verdict and evidence words as live.</summary>
public sealed class PracticeFindEvidenceTests : IAsyncLifetime
{
    private const string Passage =
        "Turkey, which has been heavily involved in the Aleppo peace process, said the suspensions are temporary.\n\n" +
        "“The evacuations are not over and many people still want to leave the area,” said Turkish Foreign Minister Mevlut Cavusoglu.";

    private readonly LiveServerFactory factory = new();
    private ReportTeacher teacher = null!;
    private HttpClient student = null!;
    private string assignmentId = "";

    public async Task InitializeAsync()
    {
        teacher = await ReportTeacher.CreateAsync(factory);
        var quiz = await AuthoringClient.CreateQuizAsync(teacher.Http, "Evidence homework");
        var question = AuthoringClient.WhoSaid() with
        {
            Type = "find-evidence",
            TimeLimitSeconds = 45,
            Prompt = "VOA quotes someone saying the evacuations are not over. Tap the words that tell you who said it.",
            Options = [],
            Evidence = [new EvidenceInput("voa", "said Turkish Foreign Minister Mevlut Cavusoglu.")],
            Passage = new EvidenceInput("voa", Passage),
        };
        (await AuthoringClient.AddQuestionAsync(teacher.Http, quiz, question)).EnsureSuccessStatusCode();
        var assigned = await teacher.Http.PostAsJsonAsync("/api/assignments", new AssignmentInput(quiz.Id, null, null));
        assignmentId = (await assigned.Content.ReadFromJsonAsync<AssignmentView>())!.Id;
        student = factory.CreateClient();
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();

    [Fact]
    public async Task A_partly_right_selection_gets_its_credit_and_the_evidence_words_and_a_gapped_one_is_refused()
    {
        var started = (await (await student.PostAsJsonAsync($"/api/practice/{assignmentId}/attempts", new PracticeStart("Rana", null, null)))
            .Content.ReadFromJsonAsync<PracticeStarted>())!;
        var state = await SendAsync(started, HttpMethod.Get, "");
        var question = state.Question!;
        Assert.Equal("find-evidence", question.Kind);
        Assert.Equal("Voice of America", question.Passage!.Outlet);
        Assert.Equal([0, 16], question.Passage.ParagraphStarts);
        var said = question.Options.Last(o => o.Text == "said").Id;
        factory.Clock.Advance(TimeSpan.FromMilliseconds(question.ReadingRemainingMs + 1000));

        var gapped = await PostAsync(started, new PracticeAnswer(0, [said, said + 2]));
        Assert.Equal(HttpStatusCode.BadRequest, gapped.StatusCode);
        Assert.Equal("selection-not-one-run", (await gapped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // The whole second paragraph: the quote and its attribution, 6 evidence words among 22.
        int[] paragraph = [.. Enumerable.Range(16, question.Options.Count - 16)];
        var answered = await PostAsync(started, new PracticeAnswer(0, paragraph));
        answered.EnsureSuccessStatusCode();
        var reveal = (await answered.Content.ReadFromJsonAsync<PracticeState>())!.Reveal!;

        Assert.Equal([.. Enumerable.Range(said, 6)], reveal.CorrectOptionIds);
        Assert.False(reveal.Correct);
        Assert.Equal(6m / paragraph.Length, reveal.Credit);
        Assert.InRange(reveal.Points, 1, 499);
        Assert.Equal("Voice of America", reveal.Passage!.Outlet);

        var report = Assert.Single((await teacher.Http.GetFromJsonAsync<QuestionReport[]>($"/api/reports/games/{started.AttemptId}/questions"))!);
        Assert.Equal((0, 1), (report.Evidence!.Found, report.Evidence.PartlyFound));
        Assert.EndsWith("Mevlut Cavusoglu.", Assert.Single(report.Evidence.CommonWrongSelections).Text, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(PracticeStarted started, PracticeAnswer answer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/practice/attempts/{started.AttemptId}/answers") { Content = JsonContent.Create(answer) };
        request.Headers.Add(StudentResultsApi.TokenHeader, started.Token);
        return await student.SendAsync(request);
    }

    private async Task<PracticeState> SendAsync(PracticeStarted started, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, $"/api/practice/attempts/{started.AttemptId}{path}");
        request.Headers.Add(StudentResultsApi.TokenHeader, started.Token);
        var response = await student.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PracticeState>())!;
    }
}
