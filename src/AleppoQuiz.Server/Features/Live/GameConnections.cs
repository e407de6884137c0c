namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Which connection speaks for the host and for each player of one game. A player who opens a second tab or
/// reconnects moves to the newest connection; messages for them go there only. Guarded by the game's gate.
/// </summary>
internal sealed class GameConnections
{
    private readonly Dictionary<int, string> players = [];
    private readonly HashSet<string> banned = new(StringComparer.Ordinal);

    public string? Host { get; set; }

    public void SetPlayer(int playerId, string connectionId) => players[playerId] = connectionId;

    public string? Player(int playerId) => players.GetValueOrDefault(playerId);

    /// <summary>Bars a connection from joining this game again, under any name (the host's ban).</summary>
    public void Ban(string connectionId) => banned.Add(connectionId);

    public bool IsBanned(string connectionId) => banned.Contains(connectionId);

    /// <summary>Forgets the player's connection if it is this one; true when it was their current connection.</summary>
    public bool RemovePlayer(int playerId, string connectionId)
    {
        if (players.TryGetValue(playerId, out var current) && current == connectionId)
        {
            players.Remove(playerId);
            return true;
        }

        return false;
    }
}

/// <summary>What a connection is to the game it is bound to: the host, or one player.</summary>
internal sealed record ConnectionBinding(string Pin, bool IsHost, int PlayerId = 0, string PlayerKey = "");
