using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>
/// Self-paced homework for students, without sign-in: open the assignment, start an attempt, then answer and move
/// on one question at a time. The attempt's token travels in the X-Player-Token header, like the results page's.
/// </summary>
internal static class PracticeApi
{
    public static RouteGroupBuilder MapPractice(this IEndpointRouteBuilder routes)
    {
        routes.MapAssignments();
        var group = routes.MapGroup("/api/practice").WithTags("Practice");

        group.MapGet("/{assignmentId}", async Task<Results<Ok<PracticeInfo>, ProblemHttpResult>> (string assignmentId, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
        {
            // Students follow a homework link without signing in: the link alone finds its assignment and class.
            var assignment = await db.Assignments.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
            if (assignment is null)
            {
                return PracticeRefusals.HomeworkNotFound.ToProblem();
            }

            var className = assignment.ClassId is null ? null : await db.Classes.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Where(c => c.Id == assignment.ClassId).Select(c => c.Name).SingleOrDefaultAsync(ct);
            return TypedResults.Ok(new PracticeInfo(
                assignment.Id, assignment.QuizTitle, assignment.QuizSnapshot.Questions.Count, assignment.Deadline,
                assignment.Deadline is { } deadline && time.GetUtcNow() >= deadline, className, assignment.ClassId is not null));
        })
        .WithSummary("The homework behind a link: quiz, deadline, and whether students pick their name from a class roster.");

        group.MapPost("/{assignmentId}/roster", async Task<Results<Ok<RosterChoice>, ProblemHttpResult>> (string assignmentId, ClassCodeInput input, QuizDbContext db, CancellationToken ct) =>
        {
            var classId = await db.Assignments.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Where(a => a.Id == assignmentId).Select(a => a.ClassId).SingleOrDefaultAsync(ct);
            var roster = classId is null ? null : await PracticeStarter.RosterAsync(db, classId, input.ClassCode, ct);
            return roster is null
                ? PracticeRefusals.WrongClassCode.ToProblem()
                : TypedResults.Ok(new RosterChoice(roster.ClassName, [.. roster.Students.Select(s => new RosterEntry(s.Id, s.Name, false))]));
        })
        .WithSummary("The class roster to pick a name from, once the class code is right (posted, so the code stays out of addresses).");

        group.MapPost("/{assignmentId}/attempts", (string assignmentId, PracticeStart input, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            PracticeStarter.StartAsync(db, assignmentId, input, time, ct))
            .RequireRateLimiting(AuthenticationSetup.PracticeLimit)
            .WithSummary("Starts an attempt and shows the first question; the token in the answer is needed for every later call.");

        group.MapGet("/attempts/{attemptId}", (string attemptId, HttpRequest request, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithAttemptAsync(attemptId, request, db, time, ct, _ => null))
            .WithSummary("Where the attempt stands: the question being read or answered, the last reveal, or the end.");

        group.MapPost("/attempts/{attemptId}/answers", (string attemptId, PracticeAnswer input, HttpRequest request, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithAttemptAsync(attemptId, request, db, time, ct, attempt =>
                input.OptionIds is not { Length: > 0 } && string.IsNullOrWhiteSpace(input.Text)
                    ? PracticeRefusals.NoAnswer
                    : attempt.Apply(new SubmitAnswerCommand(attempt.PlayerKey, input.QuestionIndex, input.OptionIds ?? [], input.Text), time.GetUtcNow()).Refusal))
            .WithSummary("Answers the open question; the answer closes it at once and the reveal comes back.");

        group.MapPost("/attempts/{attemptId}/next", (string attemptId, HttpRequest request, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithAttemptAsync(attemptId, request, db, time, ct, attempt => MoveOn(attempt, time)))
            .WithSummary("Moves from a reveal to the next question, or to the end after the last one.");

        return group;
    }

    /// <summary>Past the reveal and the standings a one-player game has no use for, to the next question or the end.</summary>
    private static Refusal? MoveOn(PracticeAttempt attempt, TimeProvider time)
    {
        if (attempt.Session.Phase != GamePhase.Reveal)
        {
            return PracticeRefusals.NotAnsweredYet;
        }

        while (attempt.Session.Phase is GamePhase.Reveal or GamePhase.Leaderboard or GamePhase.Podium)
        {
            attempt.Apply(new NextCommand(), time.GetUtcNow());
        }

        return null;
    }

    private static async Task<Results<Ok<PracticeState>, ProblemHttpResult>> WithAttemptAsync(
        string attemptId, HttpRequest request, QuizDbContext db, TimeProvider time, CancellationToken ct, Func<PracticeAttempt, Refusal?> act)
    {
        var attempt = await PracticeAttempt.LoadAsync(db, attemptId, request.Headers[StudentResultsApi.TokenHeader].ToString(), time, ct);
        if (attempt is null)
        {
            return PracticeRefusals.AttemptNotFound.ToProblem();
        }

        if (act(attempt) is { } refusal)
        {
            return refusal.ToProblem();
        }

        try
        {
            await attempt.SaveAsync(ct);
        }
        catch (DbUpdateException)
        {
            return PracticeRefusals.AlreadyHandled.ToProblem();
        }

        return TypedResults.Ok(PracticeViews.State(attempt));
    }
}
