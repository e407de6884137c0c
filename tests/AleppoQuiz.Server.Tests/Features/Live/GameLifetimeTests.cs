using AleppoQuiz.Server.Features.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>Games do not pile up: a teacher's running games are capped, idle ones end, ended ones free their PIN.</summary>
public sealed class GameLifetimeTests
{
    [Fact]
    public async Task A_teacher_cannot_run_more_games_than_the_cap_until_one_ends()
    {
        await using var factory = new LiveServerFactory { Settings = new Dictionary<string, string> { ["Live:MaxLiveGamesPerTeacher"] = "1" } };
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        await using var secondScreen = await GameClient.ConnectAsync(factory, table.HostCookie);
        using var http = await SignedInTeacher.CreateAsync(factory);
        var quiz = await QuizKey.ShortestQuizIdAsync(http);

        var refused = await Assert.ThrowsAsync<HubException>(() => secondScreen.InvokeAsync("CreateGame", quiz));
        await table.Host.InvokeAsync("EndGame");
        var created = await secondScreen.InvokeAsync("CreateGame", quiz);

        Assert.Equal("too-many-games", refused.Code);
        Assert.NotEqual(table.Pin, created.GetProperty("pin").GetString());
    }

    [Fact]
    public async Task A_game_left_idle_is_ended_and_an_ended_game_is_forgotten_freeing_its_pin()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        var live = factory.Services.GetRequiredService<LiveGameService>();

        factory.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        await table.Players[0].Client.NextAsync("GameEnded");
        Assert.NotNull(live.Find(table.Pin));
        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        // The sweep the clock started runs on its own; wait for it to let go of the game, within a bound.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (live.Find(table.Pin) is not null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }

        await using var late = await GameClient.ConnectAsync(factory);
        var refused = await Assert.ThrowsAsync<HubException>(() => late.InvokeAsync("Join", table.Pin, "Kim", null));
        Assert.Equal("game-not-found", refused.Code);
    }
}
