using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// One running game: the engine session, who is connected to it, and its single timer. Every call goes through
/// <see cref="RunAsync{T}"/>, which serialises access (the engine is single-threaded), hands the engine's events to
/// <see cref="Effects"/> (journal rows, messages, the host's counter) and re-arms the timer for the next deadline.
/// </summary>
internal sealed class LiveGame : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider time;
    private readonly ITimer timer;
    private readonly ITimer progressTimer;

    public LiveGame(StoredGame stored, GameSession session, TimeProvider time, GameJournal journal, GameBroadcaster broadcaster)
    {
        Stored = stored;
        Session = session;
        this.time = time;
        Outbox = broadcaster.NewOutbox();
        Effects = new GameEffects(this, new GameRecorder(stored, session, journal), broadcaster, new ProgressThrottle(time));
        LastMoveAt = time.GetUtcNow();
        timer = time.CreateTimer(_ => _ = OnTimerAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        progressTimer = time.CreateTimer(_ => _ = FlushProgressAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public StoredGame Stored { get; }

    public string Pin => Stored.Pin;

    public GameSession Session { get; }

    /// <summary>Where the rows and messages of this game's moves go; only to be used inside <see cref="RunAsync{T}"/>.</summary>
    public GameEffects Effects { get; }

    /// <summary>Where this game's messages queue, in order, to be sent without holding the game's lock.</summary>
    public GameOutbox Outbox { get; }

    /// <summary>The class the game is attached to, whose roster new players pick their name from; null for an open game.</summary>
    public GameRoster? Roster { get; init; }

    public bool IsEnded => Session.Phase == GamePhase.Ended;

    /// <summary>When someone last made a move here (or the game was created or restored): idle games are ended.</summary>
    public DateTimeOffset LastMoveAt { get; private set; }

    /// <summary>Set by the idle sweep just before it ends the game, so the game is stored as abandoned, not finished.</summary>
    public bool EndedForIdleness { get; set; }

    /// <summary>When the game ended in this process; ended games are forgotten a while later.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>
    /// Runs a player's or host's move: refused while the journal cannot store it, and answered only once what it
    /// changed is saved, so an acknowledged move survives a crash.
    /// </summary>
    public Task<T> MoveAsync<T>(Func<GameSession, T> command) =>
        Effects.IsNotSaving ? throw GameRefusedException.NotSaving() : RunAsync(command);

    /// <summary>Runs anything on the game; returns once the commands and rows it produced are saved.</summary>
    public async Task<T> RunAsync<T>(Func<GameSession, T> command)
    {
        T result;
        Task saved;
        await gate.WaitAsync();
        try
        {
            var commandsBefore = Session.CommandLog.Count;
            result = command(Session);
            if (Session.CommandLog.Count > commandsBefore)
            {
                LastMoveAt = time.GetUtcNow();
            }

            if (IsEnded && EndedAt is null)
            {
                EndedAt = time.GetUtcNow();
            }

            Effects.Apply(Session.DrainEvents());
            Rearm();
            if (Effects.IsProgressPending)
            {
                progressTimer.Change(ProgressThrottle.Interval, Timeout.InfiniteTimeSpan);
            }
        }
        finally
        {
            // Queued under the gate, so the journal holds this game's units in the order they happened.
            saved = Effects.Commit();
            gate.Release();
        }

        await saved;
        return result;
    }

    /// <summary>Stops the game's timers and outbox once it is forgotten; calls already holding it still complete.</summary>
    public void StopTimers()
    {
        Outbox.Complete();
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        progressTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        Outbox.Complete();
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
            Effects.FlushProgress();
        }
        finally
        {
            gate.Release();
        }
    }

    private void Rearm()
    {
        var due = Session.NextDeadline is { } deadline
            ? deadline - time.GetUtcNow()
            : Timeout.InfiniteTimeSpan;
        timer.Change(due < TimeSpan.Zero && due != Timeout.InfiniteTimeSpan ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }
}
