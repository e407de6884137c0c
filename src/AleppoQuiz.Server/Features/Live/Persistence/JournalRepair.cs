using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// Brings a restored game's rows in line with its command log, which is what the game is rebuilt from. A journal
/// written before rows and commands were saved as one unit could hold a player or answer row whose command was
/// never stored; left in place, the next newcomer (who gets the same player id) or the same answer would hit the
/// row's key and the game could never be saved again.
/// </summary>
internal static class JournalRepair
{
    /// <summary>Player keys in the order they first joined: player id n is the n-th of them.</summary>
    public static IReadOnlyList<string> JoinedTokens(GameSession session)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. session.CommandLog.Entries
            .Select(e => e.Command)
            .OfType<JoinCommand>()
            .Select(j => j.PlayerToken)
            .Where(seen.Add)];
    }

    public static async Task RemoveRowsWithoutCommandsAsync(QuizDbContext db, string gameId, GameSession session, CancellationToken ct)
    {
        var tokens = JoinedTokens(session);
        var players = tokens.Count;
        await db.GamePlayers.Where(p => p.GameId == gameId && p.PlayerId > players).ExecuteDeleteAsync(ct);
        await db.PlayerStudents.Where(p => p.GameId == gameId && p.PlayerId > players).ExecuteDeleteAsync(ct);

        var idByToken = tokens.Select((token, index) => (token, id: index + 1)).ToDictionary(t => t.token, t => t.id, StringComparer.Ordinal);
        var logged = session.CommandLog.Entries
            .Select(e => e.Command)
            .OfType<SubmitAnswerCommand>()
            .Select(a => (a.QuestionIndex, PlayerId: idByToken.GetValueOrDefault(a.PlayerToken)))
            .ToHashSet();
        var stored = await db.GameAnswers.AsNoTracking()
            .Where(a => a.GameId == gameId)
            .Select(a => new { a.QuestionIndex, a.PlayerId })
            .ToListAsync(ct);
        foreach (var orphan in stored.Where(a => !logged.Contains((a.QuestionIndex, a.PlayerId))))
        {
            await db.GameAnswers
                .Where(a => a.GameId == gameId && a.QuestionIndex == orphan.QuestionIndex && a.PlayerId == orphan.PlayerId)
                .ExecuteDeleteAsync(ct);
        }
    }
}
