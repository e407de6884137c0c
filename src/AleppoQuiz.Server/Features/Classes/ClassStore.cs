using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>Finding the signed-in teacher's class and shaping what the class endpoints answer.</summary>
internal static class ClassStore
{
    /// <summary>The signed-in teacher's class with its whole roster (removed students too), or null.</summary>
    public static Task<SchoolClass?> FindAsync(QuizDbContext db, string id, CancellationToken ct, bool tracked = false)
    {
        var query = db.Classes.Include(c => c.Students).Where(c => c.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    public static ClassDetail Detail(SchoolClass found) => new(
        found.Id,
        found.Name,
        found.Code,
        found.CreatedAt,
        GameRoster.From(found).Students);
}
