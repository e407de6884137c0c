using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// A game left idle past the idle time while the server was down is closed as abandoned when the server starts,
/// instead of being brought back on this and every later start; a game left briefly comes back as before.
/// </summary>
public sealed class AbandonedOnStartTests
{
    [Fact]
    public async Task A_game_idle_longer_than_the_idle_time_is_closed_as_abandoned_on_start_and_stays_closed()
    {
        using var saved = new SavedGameServer();
        LiveTable table;
        await using (var first = saved.Start())
        {
            table = await LiveTable.OpenAsync(first, "Ana");
            await table.Host.InvokeAsync("StartGame");
            await first.Services.GetRequiredService<GameJournal>().FlushAsync();
            await table.DisposeAsync();
        }

        await using (var second = saved.Start())
        {
            // The server comes back four hours after the last move: past the default idle time of three.
            second.Clock.Advance(TimeSpan.FromHours(4));
            await using var host = await GameClient.ConnectAsync(second, table.HostCookie);
            var refused = await Assert.ThrowsAsync<HubException>(() => host.InvokeAsync("AttachHost", table.Pin, table.HostKey));
            Assert.Equal("game-not-found", refused.Code);
        }

        await using (var db = saved.OpenDatabase())
        {
            var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Pin == table.Pin);
            Assert.NotNull(game.EndedAt);
            Assert.True(game.Abandoned);
        }

        await using var third = saved.Start();
        Assert.Null(third.Services.GetRequiredService<Server.Features.Live.LiveGameService>().Find(table.Pin));
    }
}
