using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Live;

public sealed class HostControlTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;

    public async Task InitializeAsync() => table = await LiveTable.OpenAsync(factory, "Ana", "Ben");

    [Theory]
    [InlineData("StartGame")]
    [InlineData("Next")]
    [InlineData("Skip")]
    [InlineData("Pause")]
    [InlineData("EndGame")]
    [InlineData("LockGame")]
    [InlineData("UnlockGame")]
    public async Task A_player_cannot_run_the_game(string hostMethod)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => table.Players[0].Client.InvokeAsync(hostMethod));

        Assert.Equal("not-host", error.Code);
        var state = await table.Host.InvokeAsync("AttachHost", table.Pin, table.HostKey);
        Assert.Equal("lobby", state.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Another_sites_page_cannot_use_the_teachers_sign_in_while_this_sites_page_can()
    {
        await using var foreign = await GameClient.ConnectAsync(factory, table.HostCookie, origin: "http://evil.example");
        await using var own = await GameClient.ConnectAsync(factory, table.HostCookie, origin: "http://localhost");

        await Task.WhenAny(foreign.Closed).WaitAsync(TimeSpan.FromSeconds(15));
        var state = await own.InvokeAsync("AttachHost", table.Pin, table.HostKey);
        Assert.Equal("lobby", state.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task A_player_cannot_kick_anyone()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => table.Players[0].Client.InvokeAsync("Kick", table.Players[1].PlayerId));

        Assert.Equal("not-host", error.Code);
    }

    [Fact]
    public async Task Only_the_right_host_key_attaches_to_the_game()
    {
        await using var stranger = await GameClient.ConnectAsync(factory, await SignedInTeacher.CookieAsync(factory));

        var error = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync("AttachHost", table.Pin, "not-the-key"));
        var stolenKey = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync("AttachHost", table.Pin, table.HostKey));

        Assert.Equal("not-host", error.Code);
        Assert.Equal("not-host", stolenKey.Code);
        await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync("StartGame"));
    }

    [Fact]
    public async Task Hosting_a_game_needs_a_signed_in_teacher()
    {
        await using var anonymous = await GameClient.ConnectAsync(factory);

        var error = await Assert.ThrowsAsync<HubException>(() => anonymous.InvokeAsync("CreateGame", "who-said-it"));

        Assert.Equal("signed-out", error.Code);
    }

    [Fact]
    public async Task A_kicked_player_is_told_and_cannot_come_back_with_the_same_token()
    {
        var ben = table.Players[1];

        await table.Host.InvokeAsync("Kick", ben.PlayerId);

        Assert.Contains("removed", (await ben.Client.NextAsync("Kicked")).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ben.PlayerId, (await table.Host.NextAsync("PlayerKicked")).GetProperty("playerId").GetInt32());
        await using var again = await GameClient.ConnectAsync(factory);
        var error = await Assert.ThrowsAsync<HubException>(() => again.InvokeAsync("Join", table.Pin, "", ben.Token));
        Assert.Equal("kicked", error.Code);
    }

    [Fact]
    public async Task The_host_sees_players_arrive_in_the_lobby()
    {
        await table.JoinAsync("Cleo");

        var joined = await table.Host.NextAsync("PlayerJoined");
        Assert.Equal("Ana", joined.GetProperty("nickname").GetString());
        var state = await table.Host.InvokeAsync("AttachHost", table.Pin, table.HostKey);
        Assert.Equal(3, state.GetProperty("players").GetArrayLength());
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }
}
