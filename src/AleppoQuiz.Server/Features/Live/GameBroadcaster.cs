using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Turns engine events into protocol messages: broadcasts go to the game's group once, host-only messages to the
/// host's group, and each player's own result to that player's connection — O(players) per question, never
/// a message to everyone per answer.
/// </summary>
/// <remarks>
/// Sends are started in order, under the game's lock, and never awaited there: a phone that stops reading must not
/// hold up the game for everyone else. Starting a send writes the message into that connection's outgoing pipe at
/// once, and later messages queue behind it per connection, so each phone still hears the game in order. A phone
/// that falls behind holds at most the transport's buffer (64 KB) of messages; what follows waits, uncopied, until
/// it reads again or the server's client timeout closes it, after which it reconnects and resyncs.
/// </remarks>
internal sealed partial class GameBroadcaster(IHubContext<GameHub, IGameClient> hub, GameConnections connections, GameMeters meters,
    ILogger<GameBroadcaster> logger)
{
    public static string GameGroup(string pin) => "game:" + pin;

    public static string HostGroup(string pin) => "host:" + pin;

    /// <summary>Sends what one engine event tells the room; answer counts go through <see cref="SendProgress"/>.</summary>
    public void Send(LiveGame game, GameEvent e)
    {
        var everyone = hub.Clients.Group(GameGroup(game.Pin));
        var host = hub.Clients.Group(HostGroup(game.Pin));
        switch (e)
        {
            case PlayerJoined joined:
                var p = joined.Player;
                Observe(host.PlayerJoined(new PlayerJoinedMessage(p.PlayerId, p.Nickname, p.IsConnected, p.Score, joined.IsRejoin)));
                break;
            case PlayerLeft left:
                Observe(host.PlayerLeft(new PlayerLeftMessage(left.PlayerId)));
                break;
            case PlayerKicked kicked:
                Observe(host.PlayerKicked(new PlayerKickedMessage(kicked.PlayerId, kicked.Nickname)));
                break;
            case QuestionPreviewStarted preview:
                Observe(everyone.QuestionPreview(preview.Question));
                break;
            case AnsweringStarted answering:
                Observe(everyone.AnsweringOpen(answering.Question));
                break;
            case QuestionRevealed revealed:
                Observe(everyone.QuestionClosed(revealed.Reveal));
                SendResults(game);
                break;
            case LeaderboardShown board:
                Observe(everyone.Leaderboard(board.Leaderboard));
                break;
            case PodiumShown podium:
                Observe(everyone.Podium(podium.Podium));
                break;
            case GamePaused paused:
                Observe(everyone.Paused(new PausedMessage(paused.Phase, paused.RemainingMs)));
                break;
            case GameResumed resumed:
                Observe(everyone.Resumed(resumed.Question));
                break;
            case GameEnded ended:
                Observe(everyone.GameEnded(ended.FinalStandings));
                break;
        }
    }

    /// <summary>Reports how long one move's messages took to send, and the game lifecycle they show, to the meters.</summary>
    public void Sent(LiveGame game, IReadOnlyList<GameEvent> events, TimeSpan sending) => meters.Broadcast(game, events, sending);

    /// <summary>"Answered N of M" for the host screen.</summary>
    public void SendProgress(string pin, AnswerProgress progress) => Observe(hub.Clients.Group(HostGroup(pin)).AnswerProgress(progress));

    // Each player hears only their own result.
    private void SendResults(LiveGame game)
    {
        foreach (var result in game.Session.GetPlayerResults())
        {
            if (connections.PlayerConnection(game.Pin, result.PlayerId) is { } connection)
            {
                Observe(hub.Clients.Client(connection).YourResult(result));
            }
        }
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
