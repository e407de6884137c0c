using System.Diagnostics;
using System.Threading.Channels;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// Stores what games do without a database round trip inside a game's lock: games queue units here and a single
/// background writer saves them in group commits (many units, one transaction). A unit — a player row with its
/// join command, an answer row with its answer command — is saved whole or not at all, because batches only ever
/// hold whole units. A failed batch is retried until it is saved, never dropped; while it fails the journal
/// reports <see cref="IsFailing"/> and games refuse new moves rather than make ones that could be lost.
/// </summary>
internal sealed partial class GameJournal(
    IServiceScopeFactory scopes, IOptions<JournalOptions> options, GameMeters meters, ILogger<GameJournal> logger) : BackgroundService
{
    private static readonly TimeSpan LongestRetryWait = TimeSpan.FromSeconds(2);
    private readonly Channel<JournalUnit> queue = Channel.CreateUnbounded<JournalUnit>(new() { SingleReader = true });
    private readonly Lock progressLock = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> waiters = [];
    private long queued;
    private long saved;
    private volatile bool failing;

    /// <summary>True from a failed save until the retry succeeds: nothing new is being stored meanwhile.</summary>
    public bool IsFailing => failing;

    /// <summary>Queues one entry on its own; see <see cref="Commit"/>.</summary>
    public Task Write(JournalEntry entry) => Commit([entry]);

    /// <summary>
    /// Queues entries that must be stored together. The task completes once they are in the database: callers
    /// acknowledge a move only then, so an acknowledged move survives a crash.
    /// </summary>
    public Task Commit(IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var unit = new JournalUnit(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), Stopwatch.GetTimestamp());
        lock (progressLock)
        {
            queued++;
            queue.Writer.TryWrite(unit);
        }

        return unit.Saved.Task;
    }

    /// <summary>Completes once everything queued before the call is saved (tests and shutdown use it).</summary>
    public Task FlushAsync()
    {
        lock (progressLock)
        {
            if (saved >= queued)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((queued, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<JournalUnit>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // A short, bounded wait lets a burst of answers gather so that one transaction saves them all.
            if (!stoppingToken.IsCancellationRequested && options.Value.FlushInterval > TimeSpan.Zero)
            {
                await Task.WhenAny(Task.Delay(options.Value.FlushInterval, stoppingToken));
            }

            var entries = 0;
            while (entries < options.Value.MaxBatch && queue.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
                entries += unit.Entries.Count;
            }

            await SaveUntilStoredAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await FlushAsync().WaitAsync(cancellationToken);
        // Ends the writer's wait for more entries; anything still queued is saved before it returns.
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task SaveUntilStoredAsync(List<JournalUnit> batch)
    {
        var entries = batch.SelectMany(u => u.Entries).ToList();
        var wait = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await new JournalBatchWriter(scope.ServiceProvider.GetRequiredService<Data.QuizDbContext>()).SaveAsync(entries);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged once per failure, not per retry: a database held for a minute must not flood the log.
                if (!failing)
                {
                    LogSaveFailed(ex, entries.Count);
                }

                failing = true;
                meters.JournalFailed();
                await Task.Delay(wait);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestRetryWait.Ticks));
            }
        }

        if (failing)
        {
            failing = false;
            LogSaveRecovered(entries.Count);
        }

        meters.JournalSaved(batch[0].QueuedAt);
        foreach (var unit in batch)
        {
            unit.Saved.TrySetResult();
        }

        lock (progressLock)
        {
            saved += batch.Count;
            foreach (var waiter in waiters.Where(w => w.Sequence <= saved).ToArray())
            {
                waiter.Done.TrySetResult();
                waiters.Remove(waiter);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save {Count} game journal entries; retrying until they are saved, and games take no new moves meanwhile")]
    private partial void LogSaveFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved {Count} game journal entries after retrying; games take moves again")]
    private partial void LogSaveRecovered(int count);

    private sealed record JournalUnit(IReadOnlyList<JournalEntry> Entries, TaskCompletionSource Saved, long QueuedAt);
}

internal sealed class JournalOptions
{
    /// <summary>How long the writer lets moves gather before one group commit; every acknowledgement waits for it.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    public int MaxBatch { get; set; } = 5000;
}
