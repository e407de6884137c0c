using System.Text.Json;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>What the journal stored of a live game replays into that very game: reports, recovery and practice read it so.</summary>
public sealed class GameArchiveTests
{
    [Fact]
    public async Task A_game_replayed_from_its_journal_matches_the_live_game_in_phase_players_scores_and_results()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben");
        await PlayFirstQuestionAsync(table);
        var game = factory.Services.GetRequiredService<LiveGameService>().Find(table.Pin)!;
        var live = await game.RunAsync(Snapshot);
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        // No teacher is signed in to this scope, as for recovery: the stored game is read past the owner filter.
        var stored = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).AsNoTracking().SingleAsync(g => g.Pin == table.Pin);
        var replayed = Snapshot(await GameArchive.RestoreAsync(db, stored, factory.Clock, CancellationToken.None));

        Assert.Equal(GamePhase.Reveal, live.Phase);
        Assert.Equal(live.Phase, replayed.Phase);
        Assert.Equal(live.QuestionIndex, replayed.QuestionIndex);
        Assert.Equal(live.Players, replayed.Players);
        Assert.Equal(live.Results, replayed.Results);
        Assert.Contains(live.Players, p => p.Score > 0);
    }

    [Fact]
    public async Task Answer_rows_keep_the_options_sent_and_the_score_given_at_the_reveal()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben");
        var results = await PlayFirstQuestionAsync(table);
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        // No teacher is signed in to this scope: the game is found past the owner filter.
        var games = db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]);
        var rows = await db.GameAnswers.AsNoTracking()
            .Where(a => games.Any(g => g.Id == a.GameId && g.Pin == table.Pin))
            .OrderBy(a => a.PlayerId)
            .ToListAsync();

        Assert.Equal([table.Key.Right(0), table.Key.Wrong(0)], rows.Select(r => r.OptionIds.ToArray()));
        Assert.Equal([true, false], rows.Select(r => r.Correct));
        Assert.Equal(results.Select(r => r.GetProperty("points").GetInt32()), rows.Select(r => r.Points ?? -1));
    }

    // Ana answers the first question right and Ben wrong, and the host reveals it.
    private static async Task<JsonElement[]> PlayFirstQuestionAsync(LiveTable table)
    {
        await table.Host.InvokeAsync("StartGame");
        await table.OpenQuestionAsync(0);
        await table.AnswerAsync(table.Players[0], 0, right: true);
        await table.AnswerAsync(table.Players[1], 0, right: false);
        return await table.RevealAsync();
    }

    private static GameState Snapshot(GameSession session) =>
        new(session.Phase, session.QuestionIndex, [.. session.GetPlayers()], [.. session.GetPlayerResults().Select(r => (r.PlayerId, r.Correct, r.Points))]);

    private sealed record GameState(
        GamePhase Phase, int QuestionIndex, IReadOnlyList<PlayerSummary> Players, IReadOnlyList<(int PlayerId, bool Correct, int Points)> Results);
}
