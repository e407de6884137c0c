using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>
/// Adding, renaming and removing roster names. Removing keeps the student's row (marked removed) so that the
/// games they already played still name them in reports.
/// </summary>
internal static class RosterEditingApi
{
    public static void MapRosterEditing(this RouteGroupBuilder group)
    {
        group.MapPost("/{id}/students", async Task<Results<Created<ClassDetail>, ProblemHttpResult>> (string id, StudentInput input, QuizDbContext db, CancellationToken ct) =>
        {
            if (await ClassStore.FindAsync(db, id, ct, tracked: true) is not { } found)
            {
                return ClassRefusals.NotFound(id).ToProblem();
            }

            if (ClassLimits.Check(null, found.Students.Count(s => s.RemovedAt is null) + 1) is { } tooLarge)
            {
                return tooLarge.ToProblem();
            }

            var (name, problem) = RosterNames.Check(input.Name, found.Students);
            if (problem is not null)
            {
                return ClassRefusals.Invalid(problem).ToProblem();
            }

            var position = found.Students.Count == 0 ? 0 : found.Students.Max(s => s.Position) + 1;
            found.Students.Add(RosterNames.NewStudent(found.Id, name!, position));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/classes/{found.Id}", ClassStore.Detail(found));
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Adds a name to the end of the roster.");

        group.MapPut("/{id}/students/{studentId}", async Task<Results<Ok<ClassDetail>, ProblemHttpResult>> (string id, string studentId, StudentInput input, QuizDbContext db, CancellationToken ct) =>
        {
            if (await ClassStore.FindAsync(db, id, ct, tracked: true) is not { } found)
            {
                return ClassRefusals.NotFound(id).ToProblem();
            }

            if (found.Students.FirstOrDefault(s => s.Id == studentId && s.RemovedAt is null) is not { } student)
            {
                return ClassRefusals.StudentNotFound(studentId).ToProblem();
            }

            var (name, problem) = RosterNames.Check(input.Name, found.Students.Where(s => s != student));
            if (problem is not null)
            {
                return ClassRefusals.Invalid(problem).ToProblem();
            }

            student.Name = name!;
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(ClassStore.Detail(found));
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Corrects a name on the roster; reports show the new name for past games too.");

        group.MapDelete("/{id}/students/{studentId}", async Task<Results<NoContent, ProblemHttpResult>> (string id, string studentId, QuizDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (await ClassStore.FindAsync(db, id, ct, tracked: true) is not { } found)
            {
                return ClassRefusals.NotFound(id).ToProblem();
            }

            if (found.Students.FirstOrDefault(s => s.Id == studentId && s.RemovedAt is null) is not { } student)
            {
                return ClassRefusals.StudentNotFound(studentId).ToProblem();
            }

            student.RemovedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Takes a name off the roster; past games keep it.");
    }
}
