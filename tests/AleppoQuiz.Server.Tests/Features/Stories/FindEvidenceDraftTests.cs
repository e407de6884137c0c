using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Features.Stories;
using AleppoQuiz.Server.Tests.Features.Authoring;

namespace AleppoQuiz.Server.Tests.Features.Stories;

/// <summary>The attribution engine proposes find-the-evidence questions that pass the validator as they stand.</summary>
public sealed class FindEvidenceDraftTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;

    public async Task InitializeAsync() => teacher = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_find_the_evidence_draft_is_a_valid_question_and_one_accepted_keeps_its_passage()
    {
        var drafts = (await teacher.GetFromJsonAsync<DraftInfo[]>("/api/story/drafts"))!.Where(d => d.Question.Type == "find-evidence").ToArray();

        Assert.True(drafts.Length >= 5, $"{drafts.Length} find-the-evidence drafts");
        foreach (var draft in drafts)
        {
            var findings = await (await teacher.PostAsJsonAsync("/api/questions/check", draft.Question)).Content.ReadFromJsonAsync<QuestionFindings>();
            Assert.True(findings!.IsValid, $"{draft.Question.Prompt}: {string.Join("; ", findings.Problems)}");
            Assert.Equal(draft.Question.Passage!.Quote, findings.Passage!.Quote);
        }

        var quiz = await AuthoringClient.CreateQuizAsync(teacher, "Drafted evidence");
        var response = await teacher.PostAsJsonAsync($"/api/quizzes/{quiz.Id}/drafts/{drafts[0].Id}", new AcceptDraft(quiz.Version, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = Assert.Single((await response.Content.ReadFromJsonAsync<QuizDetail>())!.Questions);
        Assert.Equal("find-evidence", saved.Type);
        Assert.Equal(drafts[0].Question.Passage!.Quote, saved.Passage!.Quote);
    }
}
