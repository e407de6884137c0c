using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Turns engine events into protocol messages: broadcasts go to the game's group once, host-only messages to the
/// host's group, and each player's own result to that player's connection — O(players) per question, never
/// a message to everyone per answer.
/// </summary>
internal sealed class GameBroadcaster(IHubContext<GameHub, IGameClient> hub, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time)
{
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    public static string GameGroup(string pin) => "game:" + pin;

    public static string HostGroup(string pin) => "host:" + pin;

    public async Task SendAsync(LiveGame game, IReadOnlyList<GameEvent> events)
    {
        var everyone = hub.Clients.Group(GameGroup(game.Pin));
        var host = hub.Clients.Group(HostGroup(game.Pin));
        foreach (var e in events)
        {
            switch (e)
            {
                case PlayerJoined joined:
                    var p = joined.Player;
                    await host.PlayerJoined(new PlayerJoinedMessage(p.PlayerId, p.Nickname, p.IsConnected, p.Score, joined.IsRejoin));
                    break;
                case PlayerLeft left:
                    await host.PlayerLeft(new PlayerLeftMessage(left.PlayerId));
                    break;
                case PlayerKicked kicked:
                    await host.PlayerKicked(new PlayerKickedMessage(kicked.PlayerId, kicked.Nickname));
                    break;
                case QuestionPreviewStarted preview:
                    await everyone.QuestionPreview(preview.Question);
                    break;
                case AnsweringStarted answering:
                    await everyone.AnsweringOpen(answering.Question);
                    break;
                case AnswerReceived received:
                    await SendProgressAsync(game, received.Progress, force: false);
                    break;
                case QuestionRevealed revealed:
                    await everyone.QuestionClosed(revealed.Reveal);
                    await SendResultsAsync(game);
                    break;
                case LeaderboardShown board:
                    await everyone.Leaderboard(board.Leaderboard);
                    break;
                case PodiumShown podium:
                    await everyone.Podium(podium.Podium);
                    break;
                case GamePaused paused:
                    await everyone.Paused(new PausedMessage(paused.Phase, paused.RemainingMs));
                    break;
                case GameResumed resumed:
                    await everyone.Resumed(resumed.Question);
                    break;
                case GameEnded ended:
                    await everyone.GameEnded(ended.FinalStandings);
                    game.Journal(new GameEndedEntry(game.Stored.Id, ended.At, game.EndedForIdleness));
                    break;
            }
        }
    }

    // Each player hears only their own result; the same pass stores the scores of the answers given.
    private async Task SendResultsAsync(LiveGame game)
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
                await hub.Clients.Client(connection).YourResult(result);
            }
        }
    }

    /// <summary>
    /// With thousands answering at once the host needs a counter, not a message per answer: at most one every
    /// <see cref="ProgressInterval"/>. A suppressed count is marked pending and the game sends it when the interval
    /// is over, so the last answer always shows.
    /// </summary>
    public async Task SendProgressAsync(LiveGame game, AnswerProgress progress, bool force)
    {
        var now = time.GetUtcNow();
        if (!force && now - game.ProgressSentAt < ProgressInterval)
        {
            game.ProgressPending = true;
            return;
        }

        game.ProgressSentAt = now;
        game.ProgressPending = false;
        await hub.Clients.Group(HostGroup(game.Pin)).AnswerProgress(progress);
    }
}
