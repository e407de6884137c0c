using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Reports;
using Microsoft.AspNetCore.Mvc;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>A student's private results: reached with their own token, showing their answers and nobody else's.</summary>
[Collection(PlayedClassGameCollection.Name)]
public sealed class StudentResultsTests(PlayedClassGame played)
{
    [Fact]
    public async Task A_student_sees_each_question_with_their_answer_the_right_one_and_the_evidence()
    {
        var results = await ResultsAsync(played.GameId, played.Players["Cleo"].Token);

        Assert.Equal("Cleo", results.Nickname);
        Assert.Equal(played.QuestionCount, results.Questions.Count);
        var mine = played.Outcomes.Where(o => o.Player == "Cleo").OrderBy(o => o.Question).ToList();
        Assert.Equal(mine.Sum(o => o.Points), results.Score);
        foreach (var (question, outcome) in results.Questions.Zip(mine))
        {
            Assert.Equal(outcome.Answered, question.Answered);
            Assert.Equal(outcome.Right, question.Correct);
            Assert.Equal(outcome.OptionIds, question.YourAnswer);
            Assert.Equal(played.Key.Right(question.Index), question.CorrectOptionIds);
            Assert.False(string.IsNullOrWhiteSpace(question.Explanation));
            Assert.NotEmpty(question.Evidence);
            var evidence = question.Evidence[0];
            Assert.Equal(evidence.Quote, evidence.Passage[evidence.QuoteStart..evidence.QuoteEnd]);
        }
    }

    [Fact]
    public async Task Evidence_shows_only_published_headlines_and_a_credit_line_as_a_credit_line()
    {
        // The shortest built-in quiz is "Sources and spellings": it quotes NBC (published headline), AFP, VOA,
        // BBC and RFE/RL (editors' titles), and BBC's credit line "- BBC / Reuters".
        var results = await ResultsAsync(played.GameId, played.Players["Cleo"].Token);
        var passages = results.Questions.SelectMany(q => q.Evidence).ToArray();

        Assert.Contains(passages, p => p.ArticleId != "nbc");
        Assert.All(passages, p => Assert.Equal(p.ArticleId == "nbc" ? "Civilians Still Trapped as Aleppo Evacuation Stalls" : null, p.Title));
        Assert.Contains(passages, p => p is { ArticleId: "bbc", Kind: "credit", Passage: "- BBC / Reuters" });
        Assert.All(passages.Where(p => p.Kind == "story"), p => Assert.DoesNotContain("BBC / Reuters", p.Passage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_opens_only_its_own_players_results()
    {
        var ana = await ResultsAsync(played.GameId, played.Players["Ana"].Token);
        var json = await (await RequestAsync(played.GameId, played.Players["Ana"].Token)).Content.ReadAsStringAsync();

        Assert.Equal("Ana", ana.Nickname);
        Assert.DoesNotContain("Cleo", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Ben\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task A_wrong_token_gets_a_clear_404(string token)
    {
        var response = await RequestAsync(played.GameId, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("no results for this link", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_token_for_another_game_gets_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await RequestAsync(Guid.NewGuid().ToString("N"), played.Players["Ana"].Token)).StatusCode);
    }

    private async Task<StudentResults> ResultsAsync(string gameId, string token) =>
        (await (await RequestAsync(gameId, token)).Content.ReadFromJsonAsync<StudentResults>(PlayedClassGame.JsonOptions))!;

    private async Task<HttpResponseMessage> RequestAsync(string gameId, string token)
    {
        using var client = played.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/results/{gameId}");
        request.Headers.Add(StudentResultsApi.TokenHeader, token);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
