using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>Assignments as their teacher sees them, with their class and how many attempts were made.</summary>
internal static class AssignmentViews
{
    public static async Task<AssignmentView[]> ListAsync(QuizDbContext db, string? id, CancellationToken ct)
    {
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => id == null || a.Id == id)
            .ToListAsync(ct);
        var ids = assignments.Select(a => a.Id).ToArray();
        var attempts = await db.GameLinks.Where(l => l.AssignmentId != null && ids.Contains(l.AssignmentId))
            .GroupBy(l => l.AssignmentId!)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        var classNames = await db.Classes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return
        [
            .. assignments
                .OrderByDescending(a => a.CreatedAt)
                .Select(a => new AssignmentView(
                    a.Id,
                    a.QuizId,
                    a.QuizTitle,
                    a.QuizSnapshot.Questions.Count,
                    a.ClassId,
                    a.ClassId is null ? null : classNames.GetValueOrDefault(a.ClassId),
                    a.Deadline,
                    a.CreatedAt,
                    $"/practice.html?assignment={a.Id}",
                    attempts.GetValueOrDefault(a.Id))),
        ];
    }
}
