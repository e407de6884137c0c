using System.Text.Json;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// One running game: the engine session, who is connected to it, and its single timer. Every call goes through
/// <see cref="RunAsync{T}"/>, which serialises access (the engine is single-threaded), journals the accepted
/// commands, sends the resulting messages in order and re-arms the timer for the engine's next deadline.
/// </summary>
internal sealed class LiveGame : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider time;
    private readonly GameJournal journal;
    private readonly GameBroadcaster broadcaster;
    private readonly ITimer timer;
    private readonly ITimer progressTimer;
    private long journaledCommands;

    public LiveGame(StoredGame stored, GameSession session, TimeProvider time, GameJournal journal, GameBroadcaster broadcaster)
    {
        Stored = stored;
        Session = session;
        this.time = time;
        this.journal = journal;
        this.broadcaster = broadcaster;
        journaledCommands = session.CommandLog.Count;
        timer = time.CreateTimer(_ => _ = OnTimerAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        progressTimer = time.CreateTimer(_ => _ = FlushProgressAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public StoredGame Stored { get; }

    public string Pin => Stored.Pin;

    public GameSession Session { get; }

    public GameConnections Connections { get; } = new();

    /// <summary>The class the game is attached to, whose roster new players pick their name from; null for an open game.</summary>
    public GameRoster? Roster { get; init; }

    public bool IsEnded => Session.Phase == GamePhase.Ended;

    /// <summary>When the host last heard "answered N of M", and whether a newer count is waiting to be sent.</summary>
    public DateTimeOffset ProgressSentAt { get; set; } = DateTimeOffset.MinValue;

    public bool ProgressPending { get; set; }

    public async Task<T> RunAsync<T>(Func<GameSession, T> command)
    {
        await gate.WaitAsync();
        try
        {
            var result = command(Session);
            JournalNewCommands();
            await broadcaster.SendAsync(this, Session.DrainEvents());
            Rearm();
            if (ProgressPending)
            {
                progressTimer.Change(GameBroadcaster.ProgressInterval, Timeout.InfiniteTimeSpan);
            }

            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Journal(JournalEntry entry) => journal.Write(entry);

    public void Dispose()
    {
        timer.Dispose();
        progressTimer.Dispose();
        gate.Dispose();
    }

    private async Task OnTimerAsync() => await RunAsync(session =>
    {
        session.Tick();
        return true;
    });

    private async Task FlushProgressAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (ProgressPending && Session.GetProgress() is { } progress)
            {
                await broadcaster.SendProgressAsync(this, progress, force: true);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void JournalNewCommands()
    {
        foreach (var entry in Session.CommandLog.Since(journaledCommands))
        {
            journal.Write(new CommandEntry(new StoredGameCommand
            {
                GameId = Stored.Id,
                Sequence = entry.Sequence,
                At = entry.At,
                Command = JsonSerializer.Serialize(entry.Command),
            }));
        }

        journaledCommands = Session.CommandLog.Count;
    }

    private void Rearm()
    {
        var due = Session.NextDeadline is { } deadline
            ? deadline - time.GetUtcNow()
            : Timeout.InfiniteTimeSpan;
        timer.Change(due < TimeSpan.Zero && due != Timeout.InfiniteTimeSpan ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }
}
