using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Quizzes;

/// <summary>Reading quizzes: a teacher sees the built-in templates and their own quizzes, answers included.</summary>
internal static class QuizzesApi
{
    public static RouteGroupBuilder MapQuizzes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quizzes").WithTags("Quizzes").RequireAuthorization();

        group.MapGet("/", async (QuizLibrary library, CancellationToken ct) =>
        {
            // Anyone may see which built-in quizzes exist; a signed-in teacher also sees their own.
            var quizzes = await library.VisibleQuizzes().AsNoTracking()
                .OrderBy(q => q.Title)
                .Select(q => new { q.Id, q.Title, q.Description, q.Origin, q.OwnerId, q.Version, Skills = q.Questions.Select(x => x.Skill).ToList() })
                .ToListAsync(ct);
            return TypedResults.Ok(quizzes
                .Select(q => new QuizSummary(q.Id, q.Title, q.Description, q.Skills.Count, q.Skills.Distinct().Order().ToArray(), q.Origin, q.OwnerId != null, q.Version))
                .ToArray());
        })
        .AllowAnonymous()
        .WithSummary("Lists the built-in quizzes (and a signed-in teacher's own), with question counts and skills; no answers.");

        group.MapGet("/{id}", async Task<Results<Ok<QuizDetail>, ProblemHttpResult>> (string id, QuizLibrary library, CancellationToken ct) =>
        {
            var quiz = await library.FindVisibleAsync(id, ct);
            return quiz is null
                ? QuizRefusals.NotFound(id).ToProblem()
                : TypedResults.Ok(QuizDetails.From(quiz, await library.OutletsAsync(ct)));
        })
        .WithSummary("One quiz with every question, its answers, explanation and evidence spans.");

        group.MapGet("/{id}/check", async Task<Results<Ok<Dictionary<string, IReadOnlyList<string>>>, ProblemHttpResult>> (string id, QuizLibrary library, CancellationToken ct) =>
        {
            var quiz = await library.FindVisibleAsync(id, ct);
            if (quiz is null)
            {
                return QuizRefusals.NotFound(id).ToProblem();
            }

            var articles = await library.ArticlesAsync(ct);
            return TypedResults.Ok(quiz.Questions
                .Select(q => QuestionValidator.Check(BankMapping.ToQuestion(q), articles))
                .Where(check => !check.IsValid)
                .ToDictionary(check => check.Question.Id, check => check.Problems));
        })
        .WithSummary("The validator's findings for every question that has any; an empty object means the quiz can be hosted.");

        return group;
    }
}
