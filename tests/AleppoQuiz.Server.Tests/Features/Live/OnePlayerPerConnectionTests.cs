using AleppoQuiz.Server.Tests.Features.Live.Persistence;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>One socket is one player: it cannot fill a game, take over a host, or come back after a ban.</summary>
public sealed class OnePlayerPerConnectionTests
{
    [Fact]
    public async Task Fifty_joins_on_one_socket_leave_one_player()
    {
        // Raised so every refusal can be seen; by default the socket is closed long before its fiftieth try.
        await using var factory = new LiveServerFactory { Settings = new Dictionary<string, string> { ["Live:RefusalsPerMinutePerConnection"] = "100" } };
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        await using var socket = await GameClient.ConnectAsync(factory);

        var refusals = new List<string>();
        await socket.InvokeAsync("Join", table.Pin, "Name 0", null);
        for (var i = 1; i < 50; i++)
        {
            refusals.Add((await Assert.ThrowsAsync<HubException>(() => socket.InvokeAsync("Join", table.Pin, $"Name {i}", null))).Code);
        }

        var (host, state) = await SavedGameServer.AttachHostAsync(factory, table);
        await host.DisposeAsync();
        Assert.All(refusals, code => Assert.Equal("already-joined", code));
        Assert.Equal(["Sam", "Name 0"], state.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("nickname").GetString()));
    }

    [Fact]
    public async Task A_host_connection_that_calls_join_is_refused_and_stays_the_host()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");

        var refused = await Assert.ThrowsAsync<HubException>(() => table.Host.InvokeAsync("Join", table.Pin, "Teacher", null));
        await table.Host.InvokeAsync("StartGame");

        Assert.Equal("host-cannot-join", refused.Code);
        await table.Players[0].Client.NextAsync("QuestionPreview");
    }

    [Fact]
    public async Task A_locked_game_refuses_newcomers_and_a_banned_player_cannot_come_back_under_a_new_name()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam", "Troll");
        await using var newcomer = await GameClient.ConnectAsync(factory);
        var troll = table.Players[1];

        await table.Host.InvokeAsync("LockGame");
        var locked = await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", table.Pin, "Kim", null));
        await table.Host.InvokeAsync("Ban", troll.PlayerId);
        await troll.Client.NextAsync("Kicked");
        await table.Host.InvokeAsync("UnlockGame");
        var backAsItself = await Assert.ThrowsAsync<HubException>(() => troll.Client.InvokeAsync("Join", table.Pin, "", troll.Token));
        var backUnderNewName = await Assert.ThrowsAsync<HubException>(() => troll.Client.InvokeAsync("Join", table.Pin, "Nice Kid", null));
        var kim = await newcomer.InvokeAsync("Join", table.Pin, "Kim", null);

        Assert.Equal("game-locked", locked.Code);
        Assert.Equal("kicked", backAsItself.Code);
        Assert.Equal("kicked", backUnderNewName.Code);
        Assert.Equal("Kim", kim.GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task A_connection_a_player_moved_away_from_hears_nothing_more_of_the_game()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        var sam = table.Players[0];
        await using var again = await GameClient.ConnectAsync(factory);
        await again.InvokeAsync("Join", table.Pin, "", sam.Token);

        await table.Host.InvokeAsync("StartGame");
        await again.NextAsync("QuestionPreview");
        await table.Host.NextAsync("QuestionPreview");

        Assert.DoesNotContain(sam.Client.Received, m => m.Target == "QuestionPreview");
    }

    [Fact]
    public async Task New_players_from_one_address_are_limited_while_known_players_still_rejoin()
    {
        await using var factory = new LiveServerFactory { Settings = new Dictionary<string, string> { ["Live:JoinsPerMinutePerAddress"] = "3" } };
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben", "Cy");
        await using var fourth = await GameClient.ConnectAsync(factory);
        await using var anaAgain = await GameClient.ConnectAsync(factory);

        var refused = await Assert.ThrowsAsync<HubException>(() => fourth.InvokeAsync("Join", table.Pin, "Dee", null));
        var rejoined = await anaAgain.InvokeAsync("Join", table.Pin, "", table.Players[0].Token);

        Assert.Equal("too-many-joins", refused.Code);
        Assert.True(rejoined.GetProperty("isRejoin").GetBoolean());
    }
}
