using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// Stores what games do without a database round trip on the hub path: games queue entries here and a single
/// background writer saves them in batches, a few times a second. An accepted answer is on disk within about
/// <see cref="JournalOptions.FlushInterval"/> of being acknowledged; stopping the server drains the queue first.
/// </summary>
internal sealed partial class GameJournal(
    IServiceScopeFactory scopes, IOptions<JournalOptions> options, ILogger<GameJournal> logger) : BackgroundService
{
    private readonly Channel<JournalEntry> queue = Channel.CreateUnbounded<JournalEntry>(new() { SingleReader = true });
    private readonly Lock progressLock = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> waiters = [];
    private long queued;
    private long saved;

    public void Write(JournalEntry entry)
    {
        lock (progressLock)
        {
            queued++;
            queue.Writer.TryWrite(entry);
        }
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
        var batch = new List<JournalEntry>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // Let a burst of answers gather so that one transaction saves them all.
            if (!stoppingToken.IsCancellationRequested)
            {
                await Task.WhenAny(Task.Delay(options.Value.FlushInterval, stoppingToken));
            }

            while (batch.Count < options.Value.MaxBatch && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await SaveAsync(batch);
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

    private async Task SaveAsync(List<JournalEntry> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await new JournalBatchWriter(scope.ServiceProvider.GetRequiredService<Data.QuizDbContext>()).SaveAsync(batch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Losing a batch silently would lose answers; say so loudly. The games themselves play on.
            LogSaveFailed(ex, batch.Count);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save {Count} game journal entries")]
    private partial void LogSaveFailed(Exception exception, int count);
}

internal sealed class JournalOptions
{
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public int MaxBatch { get; set; } = 5000;
}
