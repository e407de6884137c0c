using System.Text.Json;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// Everything stored about one game, loaded once per report: the questions as played, the players (with the roster
/// student each picked) and their scored answers. Figures are computed from these rows, never from live state.
/// </summary>
internal sealed class PlayedGame
{
    public required StoredGame Game { get; init; }
    public StoredGameLink? Link { get; init; }
    public string? ClassName { get; init; }
    public required GameQuiz Quiz { get; init; }
    public required IReadOnlyList<StoredGamePlayer> Players { get; init; }
    /// <summary>Player id → (student id, student name) for players who picked a roster name.</summary>
    public required IReadOnlyDictionary<int, (string Id, string Name)> Students { get; init; }
    /// <summary>Answers that were scored at a reveal; answers to a question still open, or cut off by the end, are left out.</summary>
    public required IReadOnlyList<StoredGameAnswer> Answers { get; init; }
    /// <summary>How many questions, from the first, were asked and revealed.</summary>
    public required int QuestionsPlayed { get; init; }

    public string Kind => Link?.Kind ?? StoredGameLink.LiveKind;

    /// <summary>
    /// The game from <paramref name="games"/>: the signed-in teacher's own for reports (another teacher's game reads
    /// exactly like a missing one), any game for a player who proved it is theirs.
    /// </summary>
    public static async Task<PlayedGame?> LoadAsync(QuizDbContext db, IQueryable<StoredGame> games, string gameId, DateTimeOffset now, CancellationToken ct)
    {
        var game = await games.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gameId, ct);
        if (game is null)
        {
            return null;
        }

        var link = await db.GameLinks.AsNoTracking().SingleOrDefaultAsync(l => l.GameId == gameId, ct);
        // Whoever may see the game may see the name of the class that played it.
        var className = link?.ClassId is { } classId ? await db.Classes.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Where(c => c.Id == classId).Select(c => c.Name).SingleOrDefaultAsync(ct) : null;
        var players = await db.GamePlayers.AsNoTracking().Where(p => p.GameId == gameId).OrderBy(p => p.PlayerId).ToListAsync(ct);
        var students = await db.PlayerStudents.AsNoTracking().Where(p => p.GameId == gameId)
            .Join(db.ClassStudents, p => p.StudentId, s => s.Id, (p, s) => new { p.PlayerId, s.Id, s.Name })
            .ToDictionaryAsync(x => x.PlayerId, x => (x.Id, x.Name), ct);
        var answers = await db.GameAnswers.AsNoTracking().Where(a => a.GameId == gameId && a.Correct != null).ToListAsync(ct);
        var commands = await db.GameCommands.AsNoTracking().Where(c => c.GameId == gameId).OrderBy(c => c.Sequence).ToListAsync(ct);
        return new PlayedGame
        {
            Game = game,
            Link = link,
            ClassName = className,
            Quiz = game.QuizSnapshot,
            Players = players,
            Students = students,
            Answers = answers,
            QuestionsPlayed = PlayedQuestions.Count(game, commands, now),
        };
    }

    /// <summary>The explanation, skill and evidence stored with a question (empty for a question stored without them).</summary>
    public static RevealDetails Details(GameQuestion question) => question.RevealPayload switch
    {
        JsonElement json => json.Deserialize<RevealDetails>() ?? Empty(question),
        RevealDetails details => details,
        _ => Empty(question),
    };

    private static RevealDetails Empty(GameQuestion question) => new(question.Prompt, "", "", []);
}
