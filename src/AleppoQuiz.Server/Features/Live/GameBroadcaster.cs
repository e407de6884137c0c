using System.Diagnostics;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Live.Persistence;
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
internal sealed partial class GameBroadcaster(
    IHubContext<GameHub, IGameClient> hub, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, GameMeters meters,
    ILogger<GameBroadcaster> logger)
{
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    public static string GameGroup(string pin) => "game:" + pin;

    public static string HostGroup(string pin) => "host:" + pin;

    public void Send(LiveGame game, IReadOnlyList<GameEvent> events)
    {
        var started = Stopwatch.GetTimestamp();
        var everyone = hub.Clients.Group(GameGroup(game.Pin));
        var host = hub.Clients.Group(HostGroup(game.Pin));
        foreach (var e in events)
        {
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
                case AnswerReceived received:
                    SendProgress(game, received.Progress, force: false);
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
                    game.Journal(new GameEndedEntry(game.Stored.Id, ended.At, game.EndedForIdleness));
                    break;
            }
        }

        meters.Broadcast(game, events, Stopwatch.GetElapsedTime(started));
    }

    // Each player hears only their own result; the same pass stores the scores of the answers given.
    private void SendResults(LiveGame game)
    {
        foreach (var result in game.Session.GetPlayerResults())
        {
            if (result.Answered)
            {
                game.Journal(new AnswerScoredEntry(
                    game.Stored.Id, result.QuestionIndex, result.PlayerId, result.Correct, result.Points, result.AnswerTimeMs));
            }

            if (game.Connections.Player(result.PlayerId) is { } connection)
            {
                Observe(hub.Clients.Client(connection).YourResult(result));
            }
        }
    }

    /// <summary>
    /// With thousands answering at once the host needs a counter, not a message per answer: at most one every
    /// <see cref="ProgressInterval"/>. A suppressed count is marked pending and the game sends it when the interval
    /// is over, so the last answer always shows.
    /// </summary>
    public void SendProgress(LiveGame game, AnswerProgress progress, bool force)
    {
        var now = time.GetUtcNow();
        if (!force && now - game.ProgressSentAt < ProgressInterval)
        {
            game.ProgressPending = true;
            return;
        }

        game.ProgressSentAt = now;
        game.ProgressPending = false;
        Observe(hub.Clients.Group(HostGroup(game.Pin)).AnswerProgress(progress));
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
