using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>A teacher's classes and their rosters. Another teacher's class answers 404, as if it did not exist.</summary>
internal static class ClassesApi
{
    public static RouteGroupBuilder MapClasses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/classes").WithTags("Classes").RequireAuthorization();

        group.MapGet("/", async Task<Ok<ClassSummary[]>> (QuizDbContext db, CancellationToken ct) =>
        {
            var classes = await db.Classes.AsNoTracking().Include(c => c.Students).ToListAsync(ct);
            return TypedResults.Ok(classes
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new ClassSummary(c.Id, c.Name, c.Code, c.Students.Count(s => s.RemovedAt is null), c.CreatedAt))
                .ToArray());
        })
        .WithSummary("The teacher's classes, by name.");

        group.MapGet("/{id}", async Task<Results<Ok<ClassDetail>, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
            await ClassStore.FindAsync(db, id, ct) is { } found
                ? TypedResults.Ok(ClassStore.Detail(found))
                : ClassRefusals.NotFound(id).ToProblem())
        .WithSummary("One class with its roster.");

        group.MapPost("/", async Task<Results<Created<ClassDetail>, ProblemHttpResult>> (ClassInput input, HttpContext http, QuizDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                return ClassRefusals.Invalid("Give the class a name.").ToProblem();
            }

            if (ClassLimits.Check(input.Name, input.Students?.Count ?? 0) is { } tooLarge)
            {
                return tooLarge.ToProblem();
            }

            var (names, problem) = RosterNames.CheckAll(input.Students ?? []);
            if (problem is not null)
            {
                return ClassRefusals.Invalid(problem).ToProblem();
            }

            var created = new SchoolClass
            {
                Id = "class-" + Guid.NewGuid().ToString("N")[..12],
                OwnerId = http.User.TeacherId(),
                Name = input.Name.Trim(),
                // Codes are unique across every teacher's classes, since a student types one without saying whose it is.
                Code = await ClassCodes.UniqueAsync(code => db.Classes.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).AnyAsync(c => c.Code == code, ct)),
                CreatedAt = time.GetUtcNow(),
            };
            created.Students = [.. names.Select((name, i) => RosterNames.NewStudent(created.Id, name, i))];
            db.Classes.Add(created);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/classes/{created.Id}", ClassStore.Detail(created));
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Creates a class with a fresh class code and, optionally, its roster.");

        group.MapPut("/{id}", async Task<Results<Ok<ClassDetail>, ProblemHttpResult>> (string id, ClassRename input, QuizDbContext db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                return ClassRefusals.Invalid("Give the class a name.").ToProblem();
            }

            if (ClassLimits.Check(input.Name, 0) is { } tooLarge)
            {
                return tooLarge.ToProblem();
            }

            if (await ClassStore.FindAsync(db, id, ct, tracked: true) is not { } found)
            {
                return ClassRefusals.NotFound(id).ToProblem();
            }

            found.Name = input.Name.Trim();
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(ClassStore.Detail(found));
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Renames a class.");

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            if (await ClassStore.FindAsync(db, id, ct, tracked: true) is not { } found)
            {
                return ClassRefusals.NotFound(id).ToProblem();
            }

            db.Classes.Remove(found);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Deletes a class and its roster; games played for it stay in the reports without it.");

        group.MapRosterEditing();
        return group;
    }
}
