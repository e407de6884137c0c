using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Authoring;

/// <summary>A teacher writes a find-the-evidence question: a passage picked in the article, the evidence inside it.</summary>
public sealed class FindEvidenceAuthoringTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private const string Passage =
        "Turkey, which has been heavily involved in the Aleppo peace process, said the suspensions are temporary.\n\n" +
        "“The evacuations are not over and many people still want to leave the area,” said Turkish Foreign Minister Mevlut Cavusoglu.";

    private HttpClient teacher = null!;
    private QuizDetail quiz = null!;

    public async Task InitializeAsync()
    {
        teacher = await SignedInTeacher.CreateAsync(factory);
        quiz = await AuthoringClient.CreateQuizAsync(teacher);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static QuestionInput Find(string evidence) => AuthoringClient.WhoSaid() with
    {
        Type = "find-evidence",
        TimeLimitSeconds = 45,
        Prompt = "VOA quotes someone saying the evacuations are not over. Tap the words that tell you who said it.",
        Options = [],
        Evidence = [new EvidenceInput("voa", evidence)],
        Passage = new EvidenceInput("voa", Passage),
    };

    [Fact]
    public async Task The_passage_and_the_evidence_inside_it_are_saved_and_read_back()
    {
        var response = await AuthoringClient.AddQuestionAsync(teacher, quiz, Find("said Turkish Foreign Minister Mevlut Cavusoglu."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = Assert.Single((await response.Content.ReadFromJsonAsync<QuizDetail>())!.Questions);
        Assert.Equal("find-evidence", saved.Type);
        Assert.Equal(Passage, saved.Passage!.Quote);
        Assert.Equal("Voice of America", saved.Passage.Outlet);
        var evidence = Assert.Single(saved.Evidence);
        Assert.InRange(evidence.Start, saved.Passage.Start, saved.Passage.End);
        Assert.InRange(evidence.End, saved.Passage.Start, saved.Passage.End);

        // The article view marks the words to find as this question's evidence, not the whole passage.
        var spans = (await teacher.GetFromJsonAsync<JsonElement>("/api/articles/voa")).GetProperty("evidence").EnumerateArray()
            .Where(s => s.GetProperty("questionId").GetString() == saved.Id).Select(s => s.GetProperty("quote").GetString());
        Assert.Equal([evidence.Quote], spans);
    }

    [Fact]
    public async Task Evidence_outside_the_passage_is_refused_with_the_validator_s_sentence()
    {
        var response = await AuthoringClient.AddQuestionAsync(teacher, quiz, Find("Russia’s Defense Ministry, however, says the evacuation is complete"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("is not inside the passage", problem.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }
}
