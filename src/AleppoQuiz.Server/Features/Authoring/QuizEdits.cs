using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Quizzes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// The one way every quiz edit goes: load the teacher's own quiz, refuse if the editor worked on an older version,
/// apply the change, bump the version and save — with EF's concurrency check catching an edit saved in between.
/// </summary>
internal sealed class QuizEdits(QuizDbContext db, QuizLibrary library)
{
    public async Task<Results<Ok<QuizDetail>, ProblemHttpResult>> ApplyAsync(
        string quizId, string teacherId, int expectedVersion, Func<StoredQuiz, Task<ProblemHttpResult?>> change, CancellationToken ct)
    {
        var quiz = await library.FindOwnAsync(quizId, teacherId, ct);
        if (quiz is null)
        {
            return await db.Quizzes.AnyAsync(q => q.Id == quizId && q.OwnerId == null, ct)
                ? TypedResults.Problem("Built-in quizzes cannot be changed. Make a copy and edit that.", statusCode: StatusCodes.Status403Forbidden, title: "Read-only quiz")
                : Problems.NotFound($"There is no quiz '{quizId}'.");
        }

        if (quiz.Version != expectedVersion)
        {
            return Conflict(quiz.Version);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await change(quiz) is { } refused)
        {
            return refused;
        }

        quiz.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(expectedVersion + 1);
        }

        db.ChangeTracker.Clear();
        var saved = await library.FindOwnAsync(quizId, teacherId, ct);
        return TypedResults.Ok(QuizDetails.From(saved!, teacherId, await library.OutletsAsync(ct)));
    }

    public static ProblemHttpResult Conflict(int currentVersion) => TypedResults.Problem(
        "This quiz was changed in another tab or by another editor since you opened it. Reload it to see those changes, then make yours again.",
        statusCode: StatusCodes.Status409Conflict,
        title: "Edited elsewhere",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });
}
