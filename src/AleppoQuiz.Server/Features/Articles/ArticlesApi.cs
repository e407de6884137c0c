using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// The articles questions quote: the built-in corpus and each teacher's own imports. Only signed-in teachers read
/// them, because a teacher's imported article is theirs alone.
/// </summary>
internal static class ArticlesApi
{
    private const string PassageType = nameof(Core.QuestionBank.QuestionType.FindEvidence);

    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles").RequireAuthorization();

        group.MapGet("/", async (QuizDbContext db, CancellationToken ct) =>
        {
            return TypedResults.Ok(await db.Articles.AsNoTracking()
                .OrderBy(a => a.OwnerId != null).ThenBy(a => a.Outlet).ThenBy(a => a.Title)
                .Select(a => new ArticleSummary(a.Id, a.Outlet, a.WireCredit, a.Date, a.Title, a.Origin, a.OwnerId != null))
                .ToArrayAsync(ct));
        })
        .WithSummary("Lists the built-in articles and the teacher's own imports.");

        group.MapGet("/{id}", async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            if (article is null)
            {
                return ArticleRefusals.NotFound(id).ToProblem();
            }

            // Only spans from quizzes this teacher can see (the owner filter): another teacher's questions are theirs alone.
            var spans = await db.Evidence.AsNoTracking()
                .Where(e => e.ArticleId == id)
                .Join(db.Questions, e => e.QuestionId, q => q.Id, (e, q) => new { e, q })
                // A find-the-evidence question's passage (its last row) is what students read, not evidence for an answer.
                .Where(x => x.q.Type != PassageType || x.e.Position < db.Evidence.Count(o => o.QuestionId == x.q.Id) - 1)
                .Join(db.Quizzes, x => x.q.QuizId, z => z.Id,
                    (x, z) => new ArticleEvidenceSpan(z.Id, x.q.Id, x.e.Start, x.e.End, x.e.Quote))
                .ToListAsync(ct);
            return TypedResults.Ok(article.ToDetail(
                spans.OrderBy(s => s.Start).ThenBy(s => s.QuestionId, StringComparer.Ordinal).ToArray()));
        })
        .WithSummary("An article's text and metadata, with the evidence spans that point into it.");

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, QuizDbContext db, CancellationToken ct) =>
        {
            var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, ct);
            if (article is null)
            {
                return ArticleRefusals.NotFound(id).ToProblem();
            }

            if (article.OwnerId is null)
            {
                return ArticleRefusals.BuiltIn(id).ToProblem();
            }

            // Evidence holds offsets into this text; deleting it would leave those questions without a source.
            var quotingQuizzes = await db.Evidence.Where(e => e.ArticleId == id)
                .Join(db.Questions, e => e.QuestionId, q => q.Id, (e, q) => q.QuizId)
                .Distinct()
                .ToListAsync(ct);
            if (quotingQuizzes.Count > 0)
            {
                return ArticleRefusals.StillQuoted(id, quotingQuizzes);
            }

            db.Articles.Remove(article);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .RequireAntiforgeryHeader()
        .WithSummary("Deletes one of the teacher's own articles, unless a question still quotes it.");

        group.MapArticleImport();
        return group;
    }
}
