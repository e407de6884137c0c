namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Keeps memory and PINs from filling up: games nobody touched for <see cref="LiveOptions.EndIdleGamesAfter"/> are
/// ended and stored as abandoned, and ended games are forgotten <see cref="LiveOptions.ForgetEndedGamesAfter"/> later, freeing their PIN.
/// What they stored stays for the reports.
/// </summary>
internal sealed partial class LiveGameService
{
    public async Task SweepAsync()
    {
        var now = time.GetUtcNow();
        foreach (var game in games.Values)
        {
            if (game.EndedAt is { } ended)
            {
                if (now - ended >= options.Value.ForgetEndedGamesAfter && games.TryRemove(new(game.Pin, game)))
                {
                    game.StopTimers();
                    connections.Forget(game.Pin);
                }
            }
            else if (now - game.LastMoveAt >= options.Value.EndIdleGamesAfter)
            {
                await game.RunAsync(session =>
                {
                    game.EndedForIdleness = true;
                    return session.End();
                });
            }
        }
    }
}

/// <summary>Runs <see cref="LiveGameService.SweepAsync"/> once a minute on the game clock.</summary>
internal sealed partial class LiveGameSweep(
    LiveGameService games, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, ILogger<LiveGameSweep> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private ITimer? timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        timer = time.CreateTimer(_ => _ = SweepAsync(), null, Period, Period);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();

    private async Task SweepAsync()
    {
        try
        {
            await games.SweepAsync();
        }
        catch (Exception ex)
        {
            LogSweepFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping idle and ended games failed; the next sweep tries again")]
    private partial void LogSweepFailed(Exception exception);
}
