using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Authoring;

public sealed class QuestionEditingTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;
    private QuizDetail quiz = null!;

    public async Task InitializeAsync()
    {
        teacher = await SignedInTeacher.CreateAsync(factory);
        quiz = await AuthoringClient.CreateQuizAsync(teacher);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_valid_question_is_saved_with_its_evidence_span()
    {
        var response = await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<QuizDetail>())!;
        var evidence = Assert.Single(Assert.Single(saved.Questions).Evidence);
        Assert.Equal("AFP", evidence.Outlet);
        Assert.True(evidence.Start > 0);
        Assert.Equal(quiz.Version + 1, saved.Version);
    }

    [Fact]
    public async Task A_short_prompt_is_kept_for_Kahoot_and_one_over_Kahoot_s_limit_is_refused()
    {
        var longPrompt = "Turkey's foreign minister is quoted on the ceasefire, the evacuation and the talks with Russia. "
                         + "Which words in the report tell you who said it?";
        var question = AuthoringClient.WhoSaid() with { Prompt = longPrompt, ShortPrompt = "Who said it, according to AFP?" };

        var saved = (await (await AuthoringClient.AddQuestionAsync(teacher, quiz, question)).Content.ReadFromJsonAsync<QuizDetail>())!;
        var tooLong = await AuthoringClient.AddQuestionAsync(teacher, saved, question with { ShortPrompt = new string('x', 121) });

        Assert.Equal("Who said it, according to AFP?", Assert.Single(saved.Questions).ShortPrompt);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 120", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var workbook = await teacher.GetAsync($"/api/quizzes/{quiz.Id}/export/kahoot");
        Assert.Contains("short%20prompt%20is%20written%20instead", string.Join("", workbook.Headers.GetValues("X-Export-Notes")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misquote_is_refused_with_the_validator_finding_and_nothing_is_saved()
    {
        var response = await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid("said Turkish Foreign Minister Mevlut Cavusoglou"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not found verbatim", problem.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        var reloaded = await teacher.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quiz.Id}");
        Assert.Empty(reloaded!.Questions);
        Assert.Equal(quiz.Version, reloaded.Version);
    }

    [Fact]
    public async Task Control_characters_pasted_into_a_question_are_refused_with_a_reason()
    {
        var response = await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid() with { Prompt = "Who said\u0000 it?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_endpoint_reports_findings_without_saving()
    {
        var draft = AuthoringClient.WhoSaid() with { Options = [new("Mevlut Cavusoglu", true), new("Mevlut Cavusoglu", false)] };

        var findings = await (await teacher.PostAsJsonAsync("/api/questions/check", draft)).Content.ReadFromJsonAsync<QuestionFindings>();

        Assert.False(findings!.IsValid);
        Assert.Contains(findings.Problems, p => p.Contains("more than once", StringComparison.Ordinal));
        Assert.Single(findings.Evidence);
    }

    [Fact]
    public async Task A_selection_further_down_the_article_keeps_its_own_position()
    {
        var article = await teacher.GetFromJsonAsync<JsonElement>("/api/articles/afp");
        var text = article.GetProperty("text").GetString()!;
        const string phrase = "Fuaa and Kafraya";
        var second = text.IndexOf(phrase, text.IndexOf(phrase, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var question = AuthoringClient.WhoSaid() with { Skill = "place-spellings", Evidence = [new("afp", phrase, second)] };

        var saved = await (await AuthoringClient.AddQuestionAsync(teacher, quiz, question)).Content.ReadFromJsonAsync<QuizDetail>();

        Assert.Equal(second, saved!.Questions[0].Evidence[0].Start);
    }

    [Fact]
    public async Task Editing_and_removing_a_question_keep_the_quiz_in_order()
    {
        await AuthoringClient.AddQuestionAsync(teacher, quiz, AuthoringClient.WhoSaid());
        var current = await teacher.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quiz.Id}");
        var second = await (await AuthoringClient.AddQuestionAsync(teacher, current!, AuthoringClient.WhoSaid() with { Prompt = "Second?" })).Content.ReadFromJsonAsync<QuizDetail>();

        var edited = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}/questions/{second!.Questions[0].Id}", new QuestionEdit(second.Version, AuthoringClient.WhoSaid() with { Prompt = "First, edited?" }));
        var afterEdit = (await edited.Content.ReadFromJsonAsync<QuizDetail>())!;
        var removed = await teacher.DeleteAsync($"/api/quizzes/{quiz.Id}/questions/{afterEdit.Questions[0].Id}?version={afterEdit.Version}");
        var final = (await removed.Content.ReadFromJsonAsync<QuizDetail>())!;

        Assert.Equal("First, edited?", afterEdit.Questions[0].Prompt);
        Assert.Equal(second.Questions[0].Id, afterEdit.Questions[0].Id);
        var left = Assert.Single(final.Questions);
        Assert.Equal(("Second?", 0), (left.Prompt, left.Position));
    }
}
