using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>Finding a teacher's own class and shaping the answers the class endpoints give.</summary>
internal static class ClassStore
{
    /// <summary>The class with its whole roster (removed students too) if this teacher owns it.</summary>
    public static Task<SchoolClass?> FindOwnAsync(QuizDbContext db, string id, string teacherId, CancellationToken ct, bool tracked = false)
    {
        var query = db.Classes.Include(c => c.Students).Where(c => c.Id == id && c.OwnerId == teacherId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    public static ClassDetail Detail(SchoolClass found) => new(
        found.Id,
        found.Name,
        found.Code,
        found.CreatedAt,
        GameRoster.From(found).Students);

    public static ProblemHttpResult NotFound(string id) => Problems.NotFound($"There is no class '{id}' of yours.");

    public static ProblemHttpResult StudentNotFound(string id) => Problems.NotFound($"There is no student '{id}' on this roster.");

    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Cannot save the class");

    /// <summary>A class over <see cref="ClassLimits"/>: refused whole, with the limit's code.</summary>
    public static ProblemHttpResult TooLarge(string code, string detail) =>
        Problems.Coded(code, detail, title: "Cannot save the class");
}
