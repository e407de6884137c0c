using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>A teacher's past games with their headline figures, newest first, from a handful of grouped queries.</summary>
internal static class GameList
{
    public static async Task<GameListItem[]> LoadAsync(QuizDbContext db, string? classId, string? kind, string? assignmentId, CancellationToken ct)
    {
        var own = db.Games;
        var games = await own.AsNoTracking().Select(g => new { g.Id, g.QuizTitle, g.CreatedAt, g.EndedAt, g.QuizSnapshot, g.Abandoned }).ToListAsync(ct);
        // Poll answers count as answers but stay out of accuracy, as in the game's own report.
        var polls = games.ToDictionary(
            g => g.Id,
            g => g.QuizSnapshot.Questions.Select((q, index) => (q, index)).Where(x => !AnswerTexts.IsScored(x.q)).Select(x => x.index).ToHashSet());
        var links = await db.GameLinks.AsNoTracking().Where(l => own.Any(g => g.Id == l.GameId)).ToDictionaryAsync(l => l.GameId, ct);
        var classNames = await db.Classes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var players = await db.GamePlayers.Where(p => own.Any(g => g.Id == p.GameId))
            .GroupBy(p => p.GameId)
            .Select(g => new { GameId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.GameId, x => x.Count, ct);
        var answers = (await db.GameAnswers.Where(a => a.Correct != null && own.Any(g => g.Id == a.GameId))
            .GroupBy(a => new { a.GameId, a.QuestionIndex })
            .Select(g => new { g.Key.GameId, g.Key.QuestionIndex, Count = g.Count(), Correct = g.Count(a => a.Correct == true), Points = g.Sum(a => a.Points ?? 0) })
            .ToListAsync(ct))
            .GroupBy(x => x.GameId)
            .ToDictionary(g => g.Key, g => new
            {
                Count = g.Sum(x => x.Count),
                Scored = g.Where(x => !polls[g.Key].Contains(x.QuestionIndex)).Sum(x => x.Count),
                Correct = g.Sum(x => x.Correct),
                Points = g.Sum(x => x.Points),
            });

        return
        [
            .. games
                .Select(g =>
                {
                    var link = links.GetValueOrDefault(g.Id);
                    var playerCount = players.GetValueOrDefault(g.Id);
                    var figures = answers.GetValueOrDefault(g.Id);
                    return new GameListItem(
                        g.Id,
                        link?.Kind ?? StoredGameLink.LiveKind,
                        g.QuizTitle,
                        g.CreatedAt,
                        g.EndedAt,
                        link?.ClassId,
                        link?.ClassId is { } id ? classNames.GetValueOrDefault(id) : null,
                        link?.AssignmentId,
                        playerCount,
                        figures?.Count ?? 0,
                        AnswerTexts.Ratio(figures?.Correct ?? 0, figures?.Scored ?? 0),
                        playerCount == 0 ? 0 : Math.Round((double)(figures?.Points ?? 0) / playerCount, 1),
                        g.Abandoned);
                })
                .Where(g => (classId is null || g.ClassId == classId) && (kind is null || g.Kind == kind) && (assignmentId is null || g.AssignmentId == assignmentId))
                .OrderByDescending(g => g.CreatedAt),
        ];
    }
}
