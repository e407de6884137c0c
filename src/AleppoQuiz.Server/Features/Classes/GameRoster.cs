using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>
/// The class a live game is attached to, as the game holds it in memory: joining checks the class code and the
/// picked student here without a database round trip. Loaded when the game is created or restored.
/// </summary>
public sealed record GameRoster(string ClassId, string ClassName, string Code, IReadOnlyList<StudentView> Students)
{
    public bool CodeMatches(string? typed) => ClassCodes.Normalize(typed) == Code;

    public StudentView? Find(string? studentId) => Students.FirstOrDefault(s => s.Id == studentId);

    /// <summary>A class of this teacher's, with the students currently on its roster; null if there is none.</summary>
    internal static async Task<GameRoster?> LoadOwnedAsync(QuizDbContext db, string classId, string teacherId, CancellationToken ct)
    {
        // The game hub names the host itself; its calls need not run inside the host's own request.
        var found = await db.Classes.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Include(c => c.Students)
            .SingleOrDefaultAsync(c => c.Id == classId && c.OwnerId == teacherId, ct);
        return found is null ? null : From(found);
    }

    /// <summary>The roster of the class a stored game was attached to, for a game restored after a restart.</summary>
    internal static async Task<GameRoster?> LoadForGameAsync(QuizDbContext db, string gameId, CancellationToken ct)
    {
        var classId = await db.GameLinks.Where(l => l.GameId == gameId).Select(l => l.ClassId).SingleOrDefaultAsync(ct);
        // Restoring games after a restart acts for nobody in particular.
        var found = classId is null ? null : await db.Classes.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Include(c => c.Students).SingleOrDefaultAsync(c => c.Id == classId, ct);
        return found is null ? null : From(found);
    }

    internal static GameRoster From(SchoolClass schoolClass) => new(
        schoolClass.Id,
        schoolClass.Name,
        schoolClass.Code,
        [.. schoolClass.Students.Where(s => s.RemovedAt is null).OrderBy(s => s.Position).Select(s => new StudentView(s.Id, s.Name))]);
}
