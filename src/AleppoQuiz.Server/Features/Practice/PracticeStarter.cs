using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>
/// Starting an attempt: checks the deadline and the student's name (a roster pick behind the class code for a
/// class's homework, a nickname otherwise), then stores a new practice game with its one player.
/// </summary>
internal static class PracticeStarter
{
    public static async Task<Results<Created<PracticeStarted>, ProblemHttpResult>> StartAsync(
        QuizDbContext db, string assignmentId, PracticeStart input, TimeProvider time, CancellationToken ct)
    {
        // A student starts from the homework link, signed in as nobody: the link alone finds the assignment.
        var assignment = await db.Assignments.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null)
        {
            return PracticeRefusals.HomeworkNotFound.ToProblem();
        }

        if (assignment.Deadline is { } deadline && time.GetUtcNow() >= deadline)
        {
            return PracticeRefusals.DeadlinePassed.ToProblem();
        }

        var nickname = input.Nickname ?? "";
        StudentView? student = null;
        if (assignment.ClassId is { } classId)
        {
            var roster = await RosterAsync(db, classId, input.ClassCode, ct);
            student = roster?.Find(input.StudentId);
            if (student is null)
            {
                return PracticeRefusals.RosterRequired.ToProblem();
            }

            nickname = student.Name;
        }

        var token = Secrets.NewToken();
        var game = NewGame(assignment, time);
        var (attempt, refusal) = PracticeAttempt.Start(db, game, nickname, Secrets.Hash(token), time);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        db.GameLinks.Add(new StoredGameLink { GameId = game.Id, Kind = StoredGameLink.PracticeKind, ClassId = assignment.ClassId, AssignmentId = assignment.Id });
        if (student is not null)
        {
            db.PlayerStudents.Add(GameArchive.StudentRow(game, attempt!.Player.PlayerId, student.Id));
        }

        await attempt!.SaveAsync(ct);
        return TypedResults.Created($"/api/practice/attempts/{game.Id}", new PracticeStarted(game.Id, token, attempt.Player.Nickname, PracticeViews.State(attempt)));
    }

    /// <summary>The class's roster if the typed code is that class's code; null otherwise.</summary>
    public static async Task<GameRoster?> RosterAsync(QuizDbContext db, string classId, string? classCode, CancellationToken ct)
    {
        var found = await db.Classes.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Include(c => c.Students).SingleOrDefaultAsync(c => c.Id == classId, ct);
        var roster = found is null ? null : GameRoster.From(found);
        return roster is not null && roster.CodeMatches(classCode) ? roster : null;
    }

    private static StoredGame NewGame(PracticeAssignment assignment, TimeProvider time) => GameArchive.NewGame(
        // Practice games are reached by id, never by PIN; this marks them in any listing of PINs.
        pin: "practice",
        assignment.QuizId,
        assignment.QuizTitle,
        assignment.QuizSnapshot,
        // Nobody hosts a practice game: the hash is of a key that is thrown away.
        hostKeyHash: Secrets.Hash(Secrets.NewToken()),
        assignment.OwnerId,
        time.GetUtcNow());
}
