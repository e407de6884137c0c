using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Quizzes;

internal static class QuizzesApi
{
    public static RouteGroupBuilder MapQuizzes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quizzes").WithTags("Quizzes");

        group.MapGet("/", async (QuizDbContext db, CancellationToken ct) =>
        {
            var quizzes = await db.Quizzes.AsNoTracking()
                .OrderBy(q => q.Title)
                .Select(q => new { q.Id, q.Title, q.Description, q.Origin, Skills = q.Questions.Select(x => x.Skill).ToList() })
                .ToListAsync(ct);
            return TypedResults.Ok(quizzes
                .Select(q => new QuizSummary(q.Id, q.Title, q.Description, q.Skills.Count, q.Skills.Distinct().Order().ToArray(), q.Origin))
                .ToArray());
        })
        .WithSummary("Lists the quizzes with their question counts and skills.");

        group.MapGet("/{id}", async Task<Results<Ok<QuizDetail>, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            var quiz = await db.Quizzes.AsNoTracking()
                .Include(q => q.Questions).ThenInclude(q => q.Options)
                .Include(q => q.Questions).ThenInclude(q => q.Evidence)
                .AsSplitQuery()
                .SingleOrDefaultAsync(q => q.Id == id, ct);
            if (quiz is null)
            {
                return Problems.NotFound($"There is no quiz '{id}'.");
            }

            var outlets = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Outlet, ct);
            var questions = quiz.Questions.OrderBy(q => q.Position).Select(q => ToDetail(q, outlets)).ToArray();
            return TypedResults.Ok(new QuizDetail(quiz.Id, quiz.Title, quiz.Description, quiz.Origin, questions));
        })
        .WithSummary("One quiz with every question, its answers, explanation and evidence spans.");

        return group;
    }

    private static QuestionDetail ToDetail(StoredQuestion stored, Dictionary<string, string> outlets)
    {
        var question = BankMapping.ToQuestion(stored);
        return new QuestionDetail(
            question.Id,
            stored.Position,
            QuestionTypeNames.ToName(question.Type),
            question.Skill,
            question.Difficulty.ToString().ToLowerInvariant(),
            question.TimeLimitSeconds,
            question.Points,
            question.Prompt,
            question.Options.Select((o, i) => new OptionDetail(i, o.Text, o.Correct)).ToArray(),
            question.CorrectOptionIndexes,
            question.Explanation,
            question.Evidence.Select(e => new EvidenceDetail(e.ArticleId, outlets.GetValueOrDefault(e.ArticleId, e.ArticleId), e.Quote, e.Start, e.End)).ToArray());
    }
}
