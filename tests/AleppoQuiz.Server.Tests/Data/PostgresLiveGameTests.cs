using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>Live games over the hub with PostgreSQL underneath: the journal's writes, and recovery after a restart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLiveGameTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_whole_game_stores_its_players_and_every_answer_with_its_points()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var factory = Server(database);
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben");
        var (ana, ben) = (table.Players[0], table.Players[1]);
        await table.Host.InvokeAsync("StartGame");
        var anaPoints = 0;
        for (var index = 0; index < table.Key.Count; index++)
        {
            await table.OpenQuestionAsync(index);
            await table.AnswerAsync(ana, index, right: true);
            await table.AnswerAsync(ben, index, right: false);
            anaPoints += (await table.RevealAsync())[0].GetProperty("points").GetInt32();
            await table.AdvancePastLeaderboardAsync();
        }

        await table.Host.NextAsync("Podium");
        await table.Host.InvokeAsync("Next");
        await table.Host.NextAsync("GameEnded");
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();

        await using var db = PostgresSchema.Context(database);
        var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Pin == table.Pin);
        var answers = await db.GameAnswers.Where(a => a.GameId == game.Id).ToListAsync();
        Assert.NotNull(game.EndedAt);
        Assert.Equal(["Ana", "Ben"], await db.GamePlayers.Where(p => p.GameId == game.Id).Select(p => p.Nickname).OrderBy(n => n).ToListAsync());
        Assert.Equal(2 * table.Key.Count, answers.Count);
        Assert.All(answers.Where(a => a.PlayerId == ana.PlayerId), a => Assert.True(a.Correct));
        Assert.All(answers.Where(a => a.PlayerId == ben.PlayerId), a =>
        {
            Assert.False(a.Correct);
            Assert.Equal(0, a.Points);
        });
        Assert.True(anaPoints > 0);
        Assert.Equal(anaPoints, answers.Where(a => a.PlayerId == ana.PlayerId).Sum(a => a.Points));
    }

    [Fact]
    public async Task A_restarted_server_restores_the_game_with_every_answer_already_given()
    {
        var database = await postgres.CreateDatabaseAsync();
        await RestartScenario.AssertGameSurvivesRestartAsync(() => Server(database));
    }

    private static LiveServerFactory Server(string database) =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = database };
}
