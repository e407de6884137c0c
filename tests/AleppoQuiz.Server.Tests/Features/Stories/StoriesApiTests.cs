using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Features.Stories;
using AleppoQuiz.Server.Tests.Features.Authoring;

namespace AleppoQuiz.Server.Tests.Features.Stories;

public sealed class StoriesApiTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;

    public async Task InitializeAsync() => teacher = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_claims_map_shows_who_said_what_and_where_the_outlets_disagree()
    {
        var map = (await teacher.GetFromJsonAsync<ClaimsMap>("/api/story/claims"))!;

        Assert.Equal(5, map.Articles.Count);
        Assert.Contains(map.Statements, s => s.Speaker?.Contains("Cavusoglu", StringComparison.Ordinal) == true && s.Outlet == "AFP");
        Assert.Contains(map.FigureConflicts, c => c.Figures.Any(f => f.Value.Contains("8,500", StringComparison.Ordinal)) && c.Figures.Any(f => f.Value.Contains("6,000", StringComparison.Ordinal)));
        Assert.NotEmpty(map.Contradictions);
        Assert.Contains(map.Spellings, g => g.Spellings.Any(s => s.Spelling == "Fuaa") && g.Spellings.Any(s => s.Spelling == "Foua"));
    }

    [Fact]
    public async Task The_claims_map_lists_each_contradicted_proposition_once_with_both_sides_evidence()
    {
        var map = (await teacher.GetFromJsonAsync<ClaimsMap>("/api/story/claims"))!;

        Assert.Equal(map.Contradictions.Count, map.Contradictions.Select(c => c.Proposition).Distinct().Count());
        var evacuation = Assert.Single(map.Contradictions, c => c.Proposition == "the evacuation is complete");
        var yes = Assert.Single(evacuation.Affirming, c => c.Speaker == "Russia’s Defense Ministry");
        var no = Assert.Single(evacuation.Denying, c => c.Speaker == "Mevlut Cavusoglu" && c.Evidence.Outlet == "AFP");
        Assert.Equal("Voice of America", yes.Evidence.Outlet);
        Assert.Contains("the evacuation is complete", yes.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains("The evacuations are not over", no.Evidence.Quote, StringComparison.Ordinal);
        foreach (var side in map.Contradictions.SelectMany(c => new[] { c.Affirming, c.Denying }))
        {
            Assert.NotEmpty(side);
            Assert.Equal(side.Count, side.Select(c => (c.Speaker, c.Evidence.Outlet)).Distinct().Count());
        }
    }

    [Fact]
    public async Task The_claims_map_sets_those_who_blame_the_rebels_against_those_who_blame_pro_government_forces()
    {
        var map = (await teacher.GetFromJsonAsync<ClaimsMap>("/api/story/claims"))!;

        var convoys = Assert.Single(map.Contradictions, c => c.Proposition == "rebels fired on the convoys");
        Assert.Equal("No, pro-government forces did", convoys.DenyingLabel);
        Assert.Equal("No", Assert.Single(map.Contradictions, c => c.Proposition == "the evacuation is complete").DenyingLabel);
        Assert.Contains(convoys.Affirming, c => c.Evidence.Quote.Contains("rebel fighters had fired on the convoys", StringComparison.Ordinal));
        Assert.All(convoys.Denying, c => Assert.Equal("pro-government forces, not rebels, fired on the convoys", c.Statement));
        Assert.Contains(convoys.Denying, c => c.Speaker == "rebel sources" && c.Evidence.Outlet == "NBC News");
    }

    [Fact]
    public async Task Every_draft_quotes_its_article_word_for_word()
    {
        var drafts = (await teacher.GetFromJsonAsync<DraftInfo[]>("/api/story/drafts"))!;
        var texts = new Dictionary<string, string>();

        Assert.NotEmpty(drafts);
        foreach (var evidence in drafts.SelectMany(d => d.Question.Evidence!))
        {
            if (!texts.TryGetValue(evidence.ArticleId!, out var text))
            {
                text = (await teacher.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/articles/{evidence.ArticleId}")).GetProperty("text").GetString()!;
                texts[evidence.ArticleId!] = text;
            }

            Assert.Equal(evidence.Quote, text.Substring(evidence.Start!.Value, evidence.Quote!.Length));
        }
    }

    [Fact]
    public async Task An_accepted_draft_becomes_a_question_of_the_teachers_quiz()
    {
        var quiz = await AuthoringClient.CreateQuizAsync(teacher, "From the engine");
        var draft = (await teacher.GetFromJsonAsync<DraftInfo[]>("/api/story/drafts"))!.First(d => d.Question.Skill == "who-said-it");

        var response = await teacher.PostAsJsonAsync($"/api/quizzes/{quiz.Id}/drafts/{draft.Id}", new AcceptDraft(quiz.Version, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<QuizDetail>())!;
        Assert.Equal(draft.Question.Prompt, Assert.Single(saved.Questions).Prompt);
    }

    [Fact]
    public async Task The_engine_pages_are_for_teachers()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/story/claims")).StatusCode);
    }
}
