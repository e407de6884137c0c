using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// A game interrupted by a server restart, told once and run on any database: one answer is given, the server
/// goes away, a new server over the same database takes the host and both players back where they were.
/// </summary>
internal static class RestartScenario
{
    /// <param name="newServer">Starts a server over the same database each time it is called.</param>
    public static async Task AssertGameSurvivesRestartAsync(Func<LiveServerFactory> newServer)
    {
        string pin, hostKey, cookie;
        LiveTable.Player ana, ben;
        await using (var first = newServer())
        {
            var table = await LiveTable.OpenAsync(first, "Ana", "Ben");
            (pin, hostKey, cookie, ana, ben) = (table.Pin, table.HostKey, table.HostCookie, table.Players[0], table.Players[1]);
            await table.Host.InvokeAsync("StartGame");
            await table.OpenQuestionAsync(0);
            await table.AnswerAsync(ana, 0, right: true);
            await first.Services.GetRequiredService<GameJournal>().FlushAsync();
            await table.DisposeAsync();
        }

        await using var second = newServer();
        await using var host = await GameClient.ConnectAsync(second, cookie);
        await using var anaAgain = await GameClient.ConnectAsync(second);
        await using var benAgain = await GameClient.ConnectAsync(second);

        var state = await host.InvokeAsync("AttachHost", pin, hostKey);
        var anaJoined = await anaAgain.InvokeAsync("Join", pin, "", ana.Token);
        await benAgain.InvokeAsync("Join", pin, "", ben.Token);

        Assert.Equal("answering", state.GetProperty("phase").GetString());
        Assert.Equal(2, state.GetProperty("players").GetArrayLength());
        Assert.True(anaJoined.GetProperty("state").GetProperty("answeredCurrent").GetBoolean());
        var repeat = await anaAgain.InvokeAsync("SubmitAnswer", 0, new[] { 0, 1 });
        Assert.Equal("already-received", repeat.GetProperty("outcome").GetString());
        // Ana was first back and had answered; the question still waits for Ben.
        var late = await benAgain.InvokeAsync("SubmitAnswer", 0, new[] { 0 });
        Assert.Equal("accepted", late.GetProperty("outcome").GetString());
    }
}
