using System.Diagnostics;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// What one game's moves do outside the engine: rows for the journal (<see cref="GameRecorder"/>), messages to
/// the room (<see cref="GameBroadcaster"/>) and the host's answer counter (<see cref="ProgressThrottle"/>). The one
/// place that turns a call's engine events into effects; used under the game's lock.
/// </summary>
internal sealed class GameEffects(LiveGame game, GameRecorder recorder, GameBroadcaster broadcaster, ProgressThrottle progress)
{
    /// <summary>True while the journal cannot save: a move made now could not be acknowledged safely.</summary>
    public bool IsNotSaving => recorder.IsFailing;

    /// <summary>A count the host has not seen yet waits for <see cref="FlushProgress"/>.</summary>
    public bool IsProgressPending => progress.IsPending;

    /// <summary>Records and sends what the engine reported, event by event, in the order it happened.</summary>
    public void Apply(IReadOnlyList<GameEvent> events)
    {
        var sending = TimeSpan.Zero;
        foreach (var e in events)
        {
            recorder.Record(e, game.EndedForIdleness);
            var started = Stopwatch.GetTimestamp();
            if (e is AnswerReceived received)
            {
                if (progress.Admit())
                {
                    broadcaster.SendProgress(game, received.Progress);
                }
            }
            else
            {
                broadcaster.Send(game, e);
            }

            sending += Stopwatch.GetElapsedTime(started);
        }

        broadcaster.Sent(game, events, sending);
    }

    /// <summary>Sends the count held back by the throttle, if any, now that its interval is over.</summary>
    public void FlushProgress()
    {
        if (progress.TakePending() && game.Session.GetProgress() is { } count)
        {
            broadcaster.SendProgress(game, count);
        }
    }

    /// <summary>A player joined for the first time: their row (and roster pick) is saved with the join.</summary>
    public void PlayerJoined(PlayerSummary player, string tokenHash, DateTimeOffset at, StudentView? student) =>
        recorder.Joined(player, tokenHash, at, student);

    /// <summary>An answer was accepted: its row is saved with the answer, before it is acknowledged.</summary>
    public void AnswerAccepted(int playerId, SubmitAnswerCommand answer, DateTimeOffset receivedAt) =>
        recorder.Answered(playerId, answer, receivedAt);

    /// <summary>Saves what the call produced as one unit; see <see cref="GameRecorder.Commit"/>.</summary>
    public Task Commit() => recorder.Commit();
}
