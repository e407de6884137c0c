using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>A teacher's homework: create an assignment from a quiz, list them with their attempts, delete one.</summary>
internal static class AssignmentsApi
{
    public static RouteGroupBuilder MapAssignments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/assignments").WithTags("Practice").RequireAuthorization();

        group.MapGet("/", async Task<Ok<AssignmentView[]>> (HttpContext http, QuizDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await AssignmentViews.ListAsync(db, http.User.TeacherId(), id: null, ct)))
            .WithSummary("The teacher's homework assignments, newest first, with how many attempts each has.");

        group.MapGet("/{id}", async Task<Results<Ok<AssignmentView>, ProblemHttpResult>> (string id, HttpContext http, QuizDbContext db, CancellationToken ct) =>
            (await AssignmentViews.ListAsync(db, http.User.TeacherId(), id, ct)).SingleOrDefault() is { } found
                ? TypedResults.Ok(found)
                : Problems.NotFound($"There is no assignment '{id}' of yours."))
            .WithSummary("One homework assignment.");

        group.MapPost("/", async Task<Results<Created<AssignmentView>, ProblemHttpResult>> (
            AssignmentInput input, HttpContext http, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
        {
            var teacherId = http.User.TeacherId();
            var now = time.GetUtcNow();
            if (input.Deadline is { } deadline && deadline <= now)
            {
                return Invalid("The deadline must be in the future.");
            }

            if (input.ClassId is { } classId && !await db.Classes.AnyAsync(c => c.Id == classId && c.OwnerId == teacherId, ct))
            {
                return Problems.NotFound($"There is no class '{classId}' of yours.");
            }

            (StoredQuiz Quiz, Core.Game.GameQuiz Game)? built;
            try
            {
                built = string.IsNullOrWhiteSpace(input.QuizId) ? null : await new GameQuizFactory(db).BuildAsync(input.QuizId, teacherId, ct);
            }
            catch (GameRefusedException refused)
            {
                return Invalid(refused.Message);
            }

            if (built is not { } quiz)
            {
                return Problems.NotFound($"There is no quiz '{input.QuizId}' you can use.");
            }

            var assignment = new PracticeAssignment
            {
                Id = "hw-" + Guid.NewGuid().ToString("N")[..16],
                OwnerId = teacherId,
                QuizId = quiz.Quiz.Id,
                QuizTitle = quiz.Quiz.Title,
                QuizSnapshot = quiz.Game,
                ClassId = input.ClassId,
                // Stored in UTC: PostgreSQL's timestamptz takes no other offset, and the instant is what matters.
                Deadline = input.Deadline?.ToUniversalTime(),
                CreatedAt = now,
            };
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync(ct);
            var view = (await AssignmentViews.ListAsync(db, teacherId, assignment.Id, ct)).Single();
            return TypedResults.Created($"/api/assignments/{assignment.Id}", view);
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Assigns a quiz as homework, optionally to a class and with a deadline; the questions are fixed as they are now.");

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, HttpContext http, QuizDbContext db, CancellationToken ct) =>
        {
            var found = await db.Assignments.SingleOrDefaultAsync(a => a.Id == id && a.OwnerId == http.User.TeacherId(), ct);
            if (found is null)
            {
                return Problems.NotFound($"There is no assignment '{id}' of yours.");
            }

            db.Assignments.Remove(found);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Deletes an assignment: its link stops working, the attempts already made stay in the reports.");

        return group;
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Cannot assign this quiz");
}
