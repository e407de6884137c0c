using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Turns engine events into protocol messages: broadcasts go to the game's group once (SignalR serialises a group
/// message once per protocol and copies the bytes to each connection), host-only messages to the host's group, and
/// each player's own result to that player's connection — O(players) per question, never a message to everyone per
/// answer.
/// </summary>
/// <remarks>
/// Under the game's lock a move only reads what its messages say and queues them on the game's
/// <see cref="GameOutbox"/>; the sends happen there, in order, without the lock. Sends are started and never
/// awaited: a phone that stops reading must not hold up the game for everyone else. Starting a send writes the
/// message into that connection's outgoing pipe at once, and later messages queue behind it per connection, so each
/// phone still hears the game in order. A phone that falls behind holds at most the transport's buffer of
/// messages; what follows waits, uncopied, until it reads again or the server's client timeout closes it, after
/// which it reconnects and resyncs.
/// </remarks>
internal sealed partial class GameBroadcaster(IHubContext<GameHub, IGameClient> hub, GameConnections connections, GameMeters meters,
    ILogger<GameBroadcaster> logger)
{
    public static string GameGroup(string pin) => "game:" + pin;

    public static string HostGroup(string pin) => "host:" + pin;

    /// <summary>A new game's outbox; see <see cref="GameOutbox"/>.</summary>
    public GameOutbox NewOutbox() => new(logger);

    /// <summary>Queues what one engine event tells the room; answer counts go through <see cref="SendProgress"/>.</summary>
    public void Send(LiveGame game, GameEvent e)
    {
        var everyone = hub.Clients.Group(GameGroup(game.Pin));
        var host = hub.Clients.Group(HostGroup(game.Pin));
        Func<Task>? send = e switch
        {
            PlayerJoined { Player: var p } joined =>
                () => host.PlayerJoined(new PlayerJoinedMessage(p.PlayerId, p.Nickname, p.IsConnected, p.Score, joined.IsRejoin)),
            PlayerLeft left => () => host.PlayerLeft(new PlayerLeftMessage(left.PlayerId)),
            PlayerKicked kicked => () => host.PlayerKicked(new PlayerKickedMessage(kicked.PlayerId, kicked.Nickname)),
            QuestionPreviewStarted preview => () => everyone.QuestionPreview(preview.Question),
            AnsweringStarted answering => () => everyone.AnsweringOpen(answering.Question),
            LeaderboardShown board => () => everyone.Leaderboard(board.Leaderboard),
            PodiumShown podium => () => everyone.Podium(podium.Podium),
            GamePaused paused => () => everyone.Paused(new PausedMessage(paused.Phase, paused.RemainingMs)),
            GameResumed resumed => () => everyone.Resumed(resumed.Question),
            GameEnded ended => () => everyone.GameEnded(ended.FinalStandings),
            _ => null,
        };

        if (send is not null)
        {
            game.Outbox.Post(() => Observe(send()));
        }
        else if (e is QuestionRevealed revealed)
        {
            // The results are read from the engine here, under the lock; only sending them waits for the outbox.
            var results = ResultsFor(game);
            game.Outbox.Post(() =>
            {
                Observe(everyone.QuestionClosed(revealed.Reveal));
                foreach (var (connection, result) in results)
                {
                    Observe(hub.Clients.Client(connection).YourResult(result));
                }
            });
        }
    }

    /// <summary>Reports how long one move took to queue its messages, and the game lifecycle they show, to the meters.</summary>
    public void Sent(LiveGame game, IReadOnlyList<GameEvent> events, TimeSpan queueing) => meters.Broadcast(game, events, queueing);

    /// <summary>"Answered N of M" for the host screen.</summary>
    public void SendProgress(LiveGame game, AnswerProgress progress)
    {
        var host = hub.Clients.Group(HostGroup(game.Pin));
        game.Outbox.Post(() => Observe(host.AnswerProgress(progress)));
    }

    // Each player hears only their own result, on the connection they play on now.
    private List<(string Connection, PlayerResult Result)> ResultsFor(LiveGame game)
    {
        var results = new List<(string, PlayerResult)>(game.Session.PlayerCount);
        foreach (var result in game.Session.GetPlayerResults())
        {
            if (connections.PlayerConnection(game.Pin, result.PlayerId) is { } connection)
            {
                results.Add((connection, result));
            }
        }

        return results;
    }

    // A send that completed at once (the usual case) costs nothing more; one still waiting on a slow phone is
    // watched so that its failure, if any, is logged rather than lost.
    private void Observe(Task send)
    {
        if (!send.IsCompletedSuccessfully)
        {
            _ = WatchAsync(send);
        }
    }

    private async Task WatchAsync(Task send)
    {
        try
        {
            await send;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            SendFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A message to a phone or host screen was not delivered; it resyncs when it reconnects")]
    private static partial void SendFailed(ILogger logger, Exception exception);
}
