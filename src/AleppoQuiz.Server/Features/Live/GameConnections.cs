namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Which connection is what, in every game: the host or one player, and each player's current connection. A player
/// who opens a second tab or reconnects moves to the newest connection; messages for them go there only. Both
/// directions are kept here, changed together under one lock, so they cannot drift apart.
/// </summary>
internal sealed class GameConnections
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, ConnectionBinding> bindings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pin, int PlayerId), string> players = [];
    private readonly HashSet<(string Pin, string ConnectionId)> banned = [];

    public ConnectionBinding? Binding(string connectionId)
    {
        lock (sync)
        {
            return bindings.GetValueOrDefault(connectionId);
        }
    }

    public string? PlayerConnection(string pin, int playerId)
    {
        lock (sync)
        {
            return players.GetValueOrDefault((pin, playerId));
        }
    }

    public void BindHost(string connectionId, string pin)
    {
        lock (sync)
        {
            bindings[connectionId] = new ConnectionBinding(pin, IsHost: true);
        }
    }

    /// <summary>Makes this the player's connection; returns the one they used before, which no longer speaks for them.</summary>
    public string? BindPlayer(string connectionId, string pin, int playerId, string playerKey)
    {
        lock (sync)
        {
            var previous = players.GetValueOrDefault((pin, playerId));
            var moved = previous is not null && previous != connectionId && bindings.GetValueOrDefault(previous)?.Pin == pin && bindings.Remove(previous);
            players[(pin, playerId)] = connectionId;
            bindings[connectionId] = new ConnectionBinding(pin, IsHost: false, playerId, playerKey);
            return moved ? previous : null;
        }
    }

    /// <summary>The connection closed or moved on: returns what it was bound to. See <see cref="ReleasePlayer"/>.</summary>
    public ConnectionBinding? Unbind(string connectionId)
    {
        lock (sync)
        {
            return bindings.Remove(connectionId, out var binding) ? binding : null;
        }
    }

    /// <summary>
    /// Forgets a player's connection if it is still their current one; true when it was (the player then counts as
    /// gone). Called under the game's lock, so a reconnect on a new connection cannot be undone by the old one.
    /// </summary>
    public bool ReleasePlayer(ConnectionBinding binding, string connectionId)
    {
        lock (sync)
        {
            var key = (binding.Pin, binding.PlayerId);
            return !binding.IsHost && players.TryGetValue(key, out var current) && current == connectionId && players.Remove(key);
        }
    }

    /// <summary>
    /// Removes a player's connection from the game, and with <paramref name="ban"/> bars it from joining again under
    /// any name; returns the connection if it was still bound to the game.
    /// </summary>
    public string? Kick(string pin, int playerId, bool ban)
    {
        lock (sync)
        {
            if (!players.Remove((pin, playerId), out var connection))
            {
                return null;
            }

            if (ban)
            {
                banned.Add((pin, connection));
            }

            return bindings.GetValueOrDefault(connection)?.Pin == pin && bindings.Remove(connection) ? connection : null;
        }
    }

    public bool IsBanned(string pin, string connectionId)
    {
        lock (sync)
        {
            return banned.Contains((pin, connectionId));
        }
    }

    /// <summary>A forgotten game's PIN may be drawn again: its players and bans go with it.</summary>
    public void Forget(string pin)
    {
        lock (sync)
        {
            foreach (var key in players.Keys.Where(k => k.Pin == pin).ToArray())
            {
                players.Remove(key);
            }

            banned.RemoveWhere(b => b.Pin == pin);
        }
    }
}

/// <summary>What a connection is to the game it is bound to: the host, or one player.</summary>
internal sealed record ConnectionBinding(string Pin, bool IsHost, int PlayerId = 0, string PlayerKey = "");
