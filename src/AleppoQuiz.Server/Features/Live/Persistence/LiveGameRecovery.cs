using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// After a crash or restart, puts every unfinished game back in play by replaying its stored command log into a
/// fresh engine with the original quiz and seed. Players and hosts then reattach with their token or key.
/// A game in which nobody moved for <see cref="LiveOptions.EndIdleGamesAfter"/> (counting the time the server was
/// down) is closed as abandoned instead, as the idle sweep would have done, so it is not brought back on every start. A game that does not replay is set aside — logged and
/// named by <c>/readyz</c> — and never stops the others from coming back.
/// </summary>
internal sealed partial class LiveGameRecovery(
    IServiceScopeFactory scopes,
    LiveGameService games,
    [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time,
    RecoveryReport report,
    IOptions<LiveOptions> options,
    ILogger<LiveGameRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        // Practice attempts are not live games: they are replayed per request by the practice endpoints instead.
        // Recovery restores every teacher's games and acts for none of them.
        var unfinished = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter])
            .Where(g => g.EndedAt == null && !db.GameLinks.Any(l => l.GameId == g.Id && l.Kind == StoredGameLink.PracticeKind))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var stored in unfinished)
        {
            var lastMove = await db.GameCommands.Where(c => c.GameId == stored.Id)
                .OrderByDescending(c => c.Sequence).Select(c => (DateTimeOffset?)c.At).FirstOrDefaultAsync(cancellationToken);
            if (now - (lastMove ?? stored.CreatedAt) >= options.Value.EndIdleGamesAfter)
            {
                (stored.EndedAt, stored.Abandoned) = (now, true);
                continue;
            }

            try
            {
                await RestoreAsync(db, stored, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                report.SetAside(stored.Pin, stored.Id, ex.Message);
                LogSetAside(ex, stored.Pin, stored.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RestoreAsync(QuizDbContext db, StoredGame stored, CancellationToken ct)
    {
        var session = await GameArchive.RestoreAsync(db, stored, time, ct);
        await JournalRepair.RemoveRowsWithoutCommandsAsync(db, stored.Id, session, ct);

        var game = games.Open(stored, session, await GameRoster.LoadForGameAsync(db, stored.Id, ct));
        var tokens = JournalRepair.JoinedTokens(session);
        await game.RunAsync(s =>
        {
            // Everyone was cut off by the restart, not by choice: count them as present again, or the first
            // phone to reconnect, if it had answered, would close the question on everybody else.
            foreach (var player in s.GetPlayers().Where(p => !p.IsConnected))
            {
                s.Join(tokens[player.PlayerId - 1], "");
            }

            // Catch up with the clock: a question whose time ran out while the server was down closes now.
            s.Tick();
            return true;
        });
        games.Register(game);
        LogRestored(stored.Pin, game.Session.CommandLog.Count, game.Session.Phase);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Game {Pin} ({GameId}) could not be restored and is set aside; every other game plays on")]
    private partial void LogSetAside(Exception exception, string pin, string gameId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored game {Pin} from {Commands} logged commands; it is in {Phase}")]
    private partial void LogRestored(string pin, int commands, GamePhase phase);
}
