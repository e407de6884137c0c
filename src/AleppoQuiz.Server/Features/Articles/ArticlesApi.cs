using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Articles;

internal static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles");

        group.MapGet("/", async (QuizDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Articles.AsNoTracking()
                .OrderBy(a => a.Outlet)
                .Select(a => new ArticleSummary(a.Id, a.Outlet, a.WireCredit, a.Date, a.Title))
                .ToArrayAsync(ct)))
            .WithSummary("Lists the articles questions are drawn from.");

        group.MapGet("/{id}", async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            if (article is null)
            {
                return Problems.NotFound($"There is no article '{id}'.");
            }

            var spans = await db.Evidence.AsNoTracking()
                .Where(e => e.ArticleId == id)
                .Join(db.Questions, e => e.QuestionId, q => q.Id, (e, q) => new ArticleEvidenceSpan(q.QuizId, q.Id, e.Start, e.End, e.Quote))
                .ToListAsync(ct);
            return TypedResults.Ok(new ArticleDetail(
                article.Id, article.Outlet, article.WireCredit, article.Date, article.Title, article.TitleSource,
                article.Url, article.OriginalFile, article.Text,
                spans.OrderBy(s => s.Start).ThenBy(s => s.QuestionId, StringComparer.Ordinal).ToArray()));
        })
        .WithSummary("An article's text and metadata, with the evidence spans that point into it.");

        return group;
    }
}
