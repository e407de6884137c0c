using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Authoring;
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

        group.MapGet("/", async (HttpContext http, QuizLibrary library, CancellationToken ct) =>
        {
            // Anyone may see which built-in quizzes exist; a signed-in teacher also sees their own.
            var teacherId = http.User.Identity?.IsAuthenticated == true ? http.User.TeacherId() : "";
            var quizzes = await library.VisibleQuizzes(teacherId).AsNoTracking()
                .OrderBy(q => q.Title)
                .Select(q => new { q.Id, q.Title, q.Description, q.Origin, q.OwnerId, q.Version, Skills = q.Questions.Select(x => x.Skill).ToList() })
                .ToListAsync(ct);
            return TypedResults.Ok(quizzes
                .Select(q => new QuizSummary(q.Id, q.Title, q.Description, q.Skills.Count, q.Skills.Distinct().Order().ToArray(), q.Origin, q.OwnerId == teacherId, q.Version))
                .ToArray());
        })
        .AllowAnonymous()
        .WithSummary("Lists the built-in quizzes (and a signed-in teacher's own), with question counts and skills; no answers.");

        group.MapGet("/{id}", async Task<Results<Ok<QuizDetail>, ProblemHttpResult>> (string id, HttpContext http, QuizLibrary library, CancellationToken ct) =>
        {
            var teacherId = http.User.TeacherId();
            var quiz = await library.FindVisibleAsync(id, teacherId, ct);
            return quiz is null
                ? Problems.NotFound($"There is no quiz '{id}'.")
                : TypedResults.Ok(QuizDetails.From(quiz, teacherId, await library.OutletsAsync(ct)));
        })
        .WithSummary("One quiz with every question, its answers, explanation and evidence spans.");

        group.MapGet("/{id}/check", async Task<Results<Ok<Dictionary<string, IReadOnlyList<string>>>, ProblemHttpResult>> (string id, HttpContext http, QuizLibrary library, CancellationToken ct) =>
        {
            var teacherId = http.User.TeacherId();
            var quiz = await library.FindVisibleAsync(id, teacherId, ct);
            if (quiz is null)
            {
                return Problems.NotFound($"There is no quiz '{id}'.");
            }

            var articles = await library.ArticlesAsync(teacherId, ct);
            return TypedResults.Ok(quiz.Questions
                .Select(q => QuestionValidator.Check(BankMapping.ToQuestion(q), articles))
                .Where(check => !check.IsValid)
                .ToDictionary(check => check.Question.Id, check => check.Problems));
        })
        .WithSummary("The validator's findings for every question that has any; an empty object means the quiz can be hosted.");

        return group;
    }
}
