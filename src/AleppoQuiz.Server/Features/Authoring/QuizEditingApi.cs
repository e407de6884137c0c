using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>Creating, copying, renaming, reordering and deleting a teacher's own quizzes.</summary>
internal static class QuizEditingApi
{
    public static RouteGroupBuilder MapQuizEditing(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quizzes").WithTags("Authoring").RequireAuthorization().RequireAntiforgeryHeader();

        group.MapPost("/", async Task<Results<Created<QuizDetail>, ProblemHttpResult>> (QuizInput input, HttpContext http, QuizDbContext db, QuizLibrary library, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Title) || AuthoringText.AnyHasControlCharacters(input.Title, input.Description))
            {
                return QuizRefusals.TitleMissing.ToProblem();
            }

            if (QuizLimits.CheckQuiz(input.Title.Trim(), input.Description?.Trim(), 0) is { } breach)
            {
                return QuizRefusals.TooLarge(breach).ToProblem();
            }

            var teacherId = http.User.TeacherId();
            var quiz = NewQuiz(teacherId, input.Title.Trim(), input.Description?.Trim() ?? "");
            db.Quizzes.Add(quiz);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/quizzes/{quiz.Id}", QuizDetails.From(quiz, await library.OutletsAsync(ct)));
        })
        .WithSummary("Creates an empty quiz owned by the teacher.");

        group.MapPost("/{id}/copy", async Task<Results<Created<QuizDetail>, ProblemHttpResult>> (string id, HttpContext http, QuizDbContext db, QuizLibrary library, CancellationToken ct) =>
        {
            var teacherId = http.User.TeacherId();
            var source = await library.FindVisibleAsync(id, ct);
            if (source is null)
            {
                return QuizRefusals.NotFound(id).ToProblem();
            }

            var copy = NewQuiz(teacherId, $"Copy of {source.Title}", source.Description);
            copy.Questions = source.Questions.OrderBy(q => q.Position)
                .Select((q, i) => BankMapping.ToStored(BankMapping.ToQuestion(q) with { Id = NewQuestionId() }, copy.Id, i))
                .ToList();
            db.Quizzes.Add(copy);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/quizzes/{copy.Id}", QuizDetails.From(copy, await library.OutletsAsync(ct)));
        })
        .WithSummary("Copies a built-in or own quiz into a new quiz the teacher owns.");

        group.MapPut("/{id}", (string id, QuizInput input, QuizEdits edits, CancellationToken ct) =>
            edits.ApplyAsync(id, input.Version, quiz =>
            {
                if (string.IsNullOrWhiteSpace(input.Title) || AuthoringText.AnyHasControlCharacters(input.Title, input.Description))
                {
                    return Task.FromResult<ProblemHttpResult?>(QuizRefusals.TitleMissing.ToProblem());
                }

                if (QuizLimits.CheckQuiz(input.Title.Trim(), input.Description?.Trim(), quiz.Questions.Count) is { } breach)
                {
                    return Task.FromResult<ProblemHttpResult?>(QuizRefusals.TooLarge(breach).ToProblem());
                }

                (quiz.Title, quiz.Description) = (input.Title.Trim(), input.Description?.Trim() ?? "");
                return Task.FromResult<ProblemHttpResult?>(null);
            }, ct))
            .WithSummary("Renames a quiz or changes its description.");

        group.MapPut("/{id}/order", (string id, QuestionOrder order, QuizEdits edits, CancellationToken ct) =>
            edits.ApplyAsync(id, order.Version, quiz =>
            {
                var current = quiz.Questions.Select(q => q.Id).Order(StringComparer.Ordinal);
                if (!current.SequenceEqual(order.QuestionIds.Order(StringComparer.Ordinal)))
                {
                    return Task.FromResult<ProblemHttpResult?>(QuizRefusals.OrderIncomplete.ToProblem());
                }

                foreach (var question in quiz.Questions)
                {
                    question.Position = order.QuestionIds.ToList().IndexOf(question.Id);
                }

                return Task.FromResult<ProblemHttpResult?>(null);
            }, ct))
            .WithSummary("Puts the quiz's questions in a new order.");

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, int version, QuizDbContext db, QuizLibrary library, CancellationToken ct) =>
        {
            var quiz = await library.FindOwnAsync(id, ct);
            if (quiz is null)
            {
                return QuizRefusals.NotFound(id).ToProblem();
            }

            if (quiz.Version != version)
            {
                return QuizEdits.Conflict(quiz.Version);
            }

            db.Quizzes.Remove(quiz);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .WithSummary("Deletes one of the teacher's quizzes; past games keep their own copy of the questions.");

        return group;
    }

    public static string NewQuestionId() => "q-" + Guid.NewGuid().ToString("N")[..12];

    private static StoredQuiz NewQuiz(string teacherId, string title, string description) => new()
    {
        Id = "quiz-" + Guid.NewGuid().ToString("N")[..12],
        Title = title,
        Description = description,
        Origin = ContentOrigin.Teacher,
        OwnerId = teacherId,
        ContentHash = "",
    };
}
