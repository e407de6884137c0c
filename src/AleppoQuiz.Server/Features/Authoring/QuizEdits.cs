using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Infrastructure;
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
        string quizId, int expectedVersion, Func<StoredQuiz, Task<ProblemHttpResult?>> change, CancellationToken ct)
    {
        var quiz = await library.FindOwnAsync(quizId, ct);
        if (quiz is null)
        {
            // The owner filter leaves only templates besides the teacher's own quizzes.
            return await db.Quizzes.AnyAsync(q => q.Id == quizId, ct)
                ? QuizRefusals.ReadOnly.ToProblem()
                : QuizRefusals.NotFound(quizId).ToProblem();
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
        var saved = await library.FindOwnAsync(quizId, ct);
        return TypedResults.Ok(QuizDetails.From(saved!, await library.OutletsAsync(ct)));
    }

    public static ProblemHttpResult Conflict(int currentVersion) =>
        QuizRefusals.EditedElsewhere.ToProblem(new Dictionary<string, object?> { ["currentVersion"] = currentVersion });
}
