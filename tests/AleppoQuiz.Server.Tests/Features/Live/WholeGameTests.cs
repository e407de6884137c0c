using System.Text.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// A host and three players play a whole built-in quiz with the SignalR client; what the players were told is read
/// from every byte their sockets received, not only from what the client library chose to hand over.
/// </summary>
public sealed class WholeGameTests : IAsyncLifetime
{
    // Reveals and results may name the right answer; nothing a player receives before them may.
    private static readonly string[] AnswerProperties = ["correctOptionIds", "isCorrect", "correct", "explanation", "revealPayload", "evidence", "acceptedAnswers", "typedAnswers", "isAccepted"];
    private static readonly string[] AfterReveal = ["QuestionClosed", "YourResult"];

    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;
    private JsonElement podium;

    public async Task InitializeAsync()
    {
        table = await LiveTable.OpenAsync(factory, "Ana", "Ben", "Cleo");
        await table.Host.InvokeAsync("StartGame");
        for (var index = 0; index < table.Key.Count; index++)
        {
            await table.OpenQuestionAsync(index);
            // Ana is always right, Ben always wrong, Cleo right on every other question.
            await table.AnswerAsync(table.Players[0], index, right: true);
            await table.AnswerAsync(table.Players[1], index, right: false);
            await table.AnswerAsync(table.Players[2], index, right: index % 2 == 0);
            var results = await table.RevealAsync();
            Assert.True(results[0].GetProperty("correct").GetBoolean());
            Assert.False(results[1].GetProperty("correct").GetBoolean());
            Assert.Equal(0, results[1].GetProperty("points").GetInt32());
            await table.AdvancePastLeaderboardAsync();
        }

        podium = await table.Host.NextAsync("Podium");
        await table.Host.InvokeAsync("Next");
        await table.Host.NextAsync("GameEnded");
    }

    [Fact]
    public void The_podium_ranks_players_by_how_often_and_how_fast_they_were_right()
    {
        var top = podium.GetProperty("top").EnumerateArray().Select(e => e.GetProperty("nickname").GetString()!).ToArray();

        Assert.Equal(["Ana", "Cleo", "Ben"], top);
        Assert.Equal(3, podium.GetProperty("playerCount").GetInt32());
    }

    [Fact]
    public async Task Every_player_sees_the_final_standings_too()
    {
        foreach (var player in table.Players)
        {
            var final = await player.Client.NextAsync("GameEnded");
            Assert.Equal("Ana", final.GetProperty("top")[0].GetProperty("nickname").GetString());
        }
    }

    [Fact]
    public void No_message_to_a_player_names_the_right_answer_before_the_reveal()
    {
        foreach (var player in table.Players)
        {
            // Results of the player's own calls (the join, each answer's acknowledgement) count too.
            var early = player.Client.Wire.Messages.Where(m => !AfterReveal.Contains(m.Target)).ToArray();
            Assert.Contains(early, m => m.Target == "AnsweringOpen");
            foreach (var message in early)
            {
                var leaked = Properties(message.Message).Intersect(AnswerProperties).ToArray();
                Assert.True(leaked.Length == 0, $"{message.Target ?? "a call's result"} carried {string.Join(", ", leaked)}");
            }
        }
    }

    [Fact]
    public void No_message_to_a_player_names_a_question_of_the_bank()
    {
        foreach (var message in table.Players.SelectMany(p => p.Client.Wire.Messages))
        {
            var text = message.Text;
            Assert.DoesNotContain("questionId", text, StringComparison.Ordinal);
            Assert.All(table.Key.QuestionIds, id => Assert.DoesNotContain($"\"{id}\"", text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_reveal_shows_the_evidence_with_its_outlet_and_the_quoted_span()
    {
        var reveal = table.Players[0].Client.Received.First(m => m.Target == "QuestionClosed").Argument;
        var evidence = reveal.GetProperty("revealPayload").GetProperty("evidence")[0];

        var passage = evidence.GetProperty("passage").GetString()!;
        var span = passage[evidence.GetProperty("quoteStart").GetInt32()..evidence.GetProperty("quoteEnd").GetInt32()];
        Assert.Equal(evidence.GetProperty("quote").GetString(), span);
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("outlet").GetString()));
        Assert.False(string.IsNullOrEmpty(reveal.GetProperty("revealPayload").GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task Every_accepted_answer_is_stored_with_its_score_and_the_game_is_closed()
    {
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();

        var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Pin == table.Pin);
        var answers = await db.GameAnswers.Where(a => a.GameId == game.Id).ToListAsync();

        Assert.NotNull(game.EndedAt);
        Assert.Equal(3, await db.GamePlayers.CountAsync(p => p.GameId == game.Id));
        Assert.Equal(3 * table.Key.Count, answers.Count);
        Assert.All(answers, a => Assert.NotNull(a.Points));
        Assert.All(answers.Where(a => a.PlayerId == table.Players[0].PlayerId), a => Assert.True(a.Correct));
        Assert.All(answers.Where(a => a.PlayerId == table.Players[1].PlayerId), a => Assert.Equal(0, a.Points));
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }

    private static IEnumerable<string> Properties(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Properties(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Properties),
        _ => [],
    };
}
