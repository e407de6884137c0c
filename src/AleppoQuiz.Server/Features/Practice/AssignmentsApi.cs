using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Quizzes;
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

        group.MapGet("/", async Task<Ok<AssignmentView[]>> (QuizDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await AssignmentViews.ListAsync(db, id: null, ct)))
            .WithSummary("The teacher's homework assignments, newest first, with how many attempts each has.");

        group.MapGet("/{id}", async Task<Results<Ok<AssignmentView>, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
            (await AssignmentViews.ListAsync(db, id, ct)).SingleOrDefault() is { } found
                ? TypedResults.Ok(found)
                : PracticeRefusals.AssignmentNotFound(id).ToProblem())
            .WithSummary("One homework assignment.");

        group.MapPost("/", async Task<Results<Created<AssignmentView>, ProblemHttpResult>> (
            AssignmentInput input, HttpContext http, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
        {
            var teacherId = http.User.TeacherId();
            var now = time.GetUtcNow();
            if (input.Deadline is { } deadline && deadline <= now)
            {
                return PracticeRefusals.DeadlineNotInFuture.ToProblem();
            }

            if (input.ClassId is { } classId && !await db.Classes.AnyAsync(c => c.Id == classId, ct))
            {
                return ClassRefusals.NotFound(classId).ToProblem();
            }

            (StoredQuiz Quiz, Core.Game.GameQuiz Game)? built;
            try
            {
                built = string.IsNullOrWhiteSpace(input.QuizId) ? null : await new GameQuizFactory(db).BuildAsync(input.QuizId, teacherId, ct);
            }
            catch (GameRefusedException refused)
            {
                return PracticeRefusals.QuizNotPlayable(refused.Refusal).ToProblem();
            }

            if (built is not { } quiz)
            {
                return QuizRefusals.NotFound(input.QuizId).ToProblem();
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
            var view = (await AssignmentViews.ListAsync(db, assignment.Id, ct)).Single();
            return TypedResults.Created($"/api/assignments/{assignment.Id}", view);
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Assigns a quiz as homework, optionally to a class and with a deadline; the questions are fixed as they are now.");

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            var found = await db.Assignments.SingleOrDefaultAsync(a => a.Id == id, ct);
            if (found is null)
            {
                return PracticeRefusals.AssignmentNotFound(id).ToProblem();
            }

            db.Assignments.Remove(found);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Deletes an assignment: its link stops working, the attempts already made stay in the reports.");

        return group;
    }
}
