using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>Unhealthy while the journal is retrying a batch it could not save: games take no moves meanwhile.</summary>
internal sealed class JournalHealthCheck(GameJournal journal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(journal.IsFailing
            ? HealthCheckResult.Unhealthy("Game moves cannot be saved; the journal is retrying and games take no moves.")
            : HealthCheckResult.Healthy("Game moves are being saved."));
}

/// <summary>Unhealthy for each game recovery set aside: those games are not playable until an operator looks.</summary>
internal sealed class RecoveredGamesHealthCheck(RecoveryReport report) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var games = report.SetAsideGames;
        return Task.FromResult(games.Count == 0
            ? HealthCheckResult.Healthy("Every unfinished game came back.")
            : HealthCheckResult.Unhealthy(
                "Games set aside because they could not be restored: " + string.Join(", ", games.Select(g => $"{g.Pin} ({g.GameId})")),
                data: games.ToDictionary(g => g.Pin, g => (object)g.Reason)));
    }
}
