using AleppoQuiz.Server.Features.Live;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>Each player's messages go to one connection, the newest, whatever order connections come and go in.</summary>
public sealed class GameConnectionsTests
{
    [Fact]
    public void A_player_who_reconnects_moves_to_the_new_connection_and_the_old_one_speaks_for_nobody()
    {
        var connections = new GameConnections();
        connections.BindPlayer("old", "123456", 1, "key");

        var moved = connections.BindPlayer("new", "123456", 1, "key");

        Assert.Equal("old", moved);
        Assert.Equal("new", connections.PlayerConnection("123456", 1));
        Assert.Null(connections.Binding("old"));
        Assert.Equal(new ConnectionBinding("123456", IsHost: false, 1, "key"), connections.Binding("new"));
    }

    [Fact]
    public void An_old_connection_closing_after_the_player_moved_on_does_not_count_them_as_gone()
    {
        var connections = new GameConnections();
        var old = new ConnectionBinding("123456", IsHost: false, 1, "key");
        connections.BindPlayer("old", "123456", 1, "key");
        connections.BindPlayer("new", "123456", 1, "key");

        var gone = connections.ReleasePlayer(old, "old");

        Assert.False(gone);
        Assert.Equal("new", connections.PlayerConnection("123456", 1));
    }

    [Fact]
    public void A_player_whose_only_connection_closes_counts_as_gone()
    {
        var connections = new GameConnections();
        connections.BindPlayer("phone", "123456", 1, "key");

        var binding = connections.Unbind("phone");
        var gone = connections.ReleasePlayer(binding!, "phone");

        Assert.True(gone);
        Assert.Null(connections.PlayerConnection("123456", 1));
    }

    [Fact]
    public void A_banned_connection_is_barred_from_that_game_only_and_the_bar_goes_when_the_game_is_forgotten()
    {
        var connections = new GameConnections();
        connections.BindPlayer("phone", "123456", 1, "key");

        var kicked = connections.Kick("123456", 1, ban: true);
        var barredHere = connections.IsBanned("123456", "phone");
        var barredElsewhere = connections.IsBanned("654321", "phone");
        connections.Forget("123456");

        Assert.Equal("phone", kicked);
        Assert.Null(connections.Binding("phone"));
        Assert.True(barredHere);
        Assert.False(barredElsewhere);
        Assert.False(connections.IsBanned("123456", "phone"));
    }
}
