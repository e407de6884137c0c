using System.Net;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>A crash or a stuck database harms at most the game it hit; every other game comes back after a restart.</summary>
public sealed class JournalRecoveryTests
{
    [Fact]
    public async Task A_player_row_a_crash_left_without_its_join_does_not_stop_the_next_newcomer_being_saved()
    {
        using var saved = new SavedGameServer();
        LiveTable torn, other;
        await using (var first = saved.Start())
        {
            torn = await LiveTable.OpenAsync(first, "Ana", "Ben");
            other = await LiveTable.OpenAsync(first, "Cy");
            await other.Host.InvokeAsync("StartGame");
            await first.Services.GetRequiredService<GameJournal>().FlushAsync();
            await torn.DisposeAsync();
            await other.DisposeAsync();
        }

        // A crash between a player's row and their join command, as it could happen before both were one unit.
        await using (var db = saved.OpenDatabase())
        {
            var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Pin == torn.Pin);
            db.GamePlayers.Add(new StoredGamePlayer { GameId = game.Id, PlayerId = 3, Nickname = "Lost", TokenHash = "LOST", JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var second = saved.Start())
        {
            await using var newcomer = await GameClient.ConnectAsync(second);
            var joined = await newcomer.InvokeAsync("Join", torn.Pin, "Dee", null);
            Assert.Equal(3, joined.GetProperty("playerId").GetInt32());
        }

        await using var third = saved.Start();
        var (host, state) = await SavedGameServer.AttachHostAsync(third, torn);
        var (otherHost, otherState) = await SavedGameServer.AttachHostAsync(third, other);
        await host.DisposeAsync();
        await otherHost.DisposeAsync();
        Assert.Equal(["Ana", "Ben", "Dee"], state.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("nickname").GetString()));
        Assert.Equal("question-preview", otherState.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SavedGameServer.ReadinessAsync(third)).Status);
    }

    [Fact]
    public async Task A_game_that_does_not_replay_is_set_aside_and_named_while_every_other_game_comes_back()
    {
        using var saved = new SavedGameServer();
        LiveTable broken, other;
        await using (var first = saved.Start())
        {
            broken = await LiveTable.OpenAsync(first, "Ana");
            other = await LiveTable.OpenAsync(first, "Cy");
            await broken.Host.InvokeAsync("StartGame");
            await other.Host.InvokeAsync("StartGame");
            await first.Services.GetRequiredService<GameJournal>().FlushAsync();
            await broken.DisposeAsync();
            await other.DisposeAsync();
        }

        // A command missing from the middle of one game's log: that game can no longer be rebuilt.
        await using (var db = saved.OpenDatabase())
        {
            var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Pin == broken.Pin);
            await db.GameCommands.Where(c => c.GameId == game.Id && c.Sequence == 0).ExecuteDeleteAsync();
        }

        await using var second = saved.Start();
        var (otherHost, otherState) = await SavedGameServer.AttachHostAsync(second, other);
        await otherHost.DisposeAsync();
        var readiness = await SavedGameServer.ReadinessAsync(second);
        await using var brokenHost = await GameClient.ConnectAsync(second, broken.HostCookie);
        var refused = await Assert.ThrowsAsync<HubException>(() => brokenHost.InvokeAsync("AttachHost", broken.Pin, broken.HostKey));

        Assert.Equal("question-preview", otherState.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.Status);
        Assert.Contains(broken.Pin, readiness.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Pin, readiness.Body, StringComparison.Ordinal);
        Assert.Equal("game-not-found", refused.Code);
    }

    [Fact]
    public async Task A_held_write_lock_stops_moves_with_a_clear_refusal_loses_none_and_a_restart_brings_every_game_back()
    {
        using var saved = new SavedGameServer();
        LiveTable locked, other;
        await using (var first = saved.Start())
        {
            locked = await LiveTable.OpenAsync(first, "Ana");
            other = await LiveTable.OpenAsync(first, "Cy");
            Task start;
            using (var backup = saved.OpenOther())
            {
                using var hold = backup.CreateCommand();
                hold.CommandText = "BEGIN IMMEDIATE";
                hold.ExecuteNonQuery();
                start = locked.Host.InvokeAsync("StartGame");
                await SavedGameServer.WaitForReadinessAsync(first, HttpStatusCode.ServiceUnavailable);

                var refused = await Assert.ThrowsAsync<HubException>(() => other.JoinAsync("Dee"));
                Assert.Equal("game-not-saving", refused.Code);
                Assert.False(start.IsCompleted, "a move is acknowledged only once it is saved");
                hold.CommandText = "ROLLBACK";
                hold.ExecuteNonQuery();
            }

            await start;
            await SavedGameServer.WaitForReadinessAsync(first, HttpStatusCode.OK);
            await locked.OpenQuestionAsync(0);
            await locked.AnswerAsync(locked.Players[0], 0, right: true);
            await locked.DisposeAsync();
            await other.DisposeAsync();
        }

        await using var second = saved.Start();
        var (host, state) = await SavedGameServer.AttachHostAsync(second, locked);
        var (otherHost, otherState) = await SavedGameServer.AttachHostAsync(second, other);
        await host.DisposeAsync();
        await otherHost.DisposeAsync();
        Assert.Equal("reveal", state.GetProperty("phase").GetString());
        Assert.Equal("lobby", otherState.GetProperty("phase").GetString());
        Assert.Equal(["Cy"], otherState.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("nickname").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await SavedGameServer.ReadinessAsync(second)).Status);
    }

    [Fact]
    public async Task Every_acknowledged_answer_of_a_burst_is_found_by_a_server_started_over_what_a_crash_leaves()
    {
        using var saved = new SavedGameServer();
        await using var first = saved.Start();
        await using var table = await LiveTable.OpenAsync(first, "Ana", "Ben", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal");
        await table.Host.InvokeAsync("StartGame");
        await table.OpenQuestionAsync(0);

        // Everyone but Hal answers at once, so the question stays open; each call returns with its acknowledgement.
        var acks = await Task.WhenAll(table.Players.Take(7).Select(p => table.AnswerAsync(p, 0, right: true)));
        using var crashed = saved.CopyAsACrashWouldLeaveIt();

        Assert.All(acks, ack => Assert.Equal("accepted", ack.GetProperty("outcome").GetString()));
        await using var second = crashed.Start();
        var (host, state) = await SavedGameServer.AttachHostAsync(second, table);
        await host.DisposeAsync();
        Assert.Equal("answering", state.GetProperty("phase").GetString());
        Assert.Equal(7, state.GetProperty("progress").GetProperty("answered").GetInt32());
    }
}
