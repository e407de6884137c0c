using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Core.Articles;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Stories;

/// <summary>
/// The attribution engine at work on a story of several articles: the claims map (who said what, where outlets
/// disagree) and question drafts a teacher accepts into a quiz, edits, or ignores.
/// </summary>
internal static class StoriesApi
{
    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/story").WithTags("Attribution engine").RequireAuthorization();

        group.MapGet("/claims", async Task<Results<Ok<ClaimsMap>, ProblemHttpResult>> (string? articles, QuizDbContext db, CancellationToken ct) =>
        {
            var story = await LoadAsync(articles, db, ct);
            return story.Problem ?? (Results<Ok<ClaimsMap>, ProblemHttpResult>)TypedResults.Ok(
                StoryMapping.ToClaimsMap(StoryAnalyzer.Analyze(story.Articles), story.Titles));
        })
        .WithSummary("Who said what in each article of the story (the built-in articles unless ?articles=a,b,c), with the conflicts.");

        group.MapGet("/drafts", async Task<Results<Ok<DraftInfo[]>, ProblemHttpResult>> (string? articles, QuizDbContext db, CancellationToken ct) =>
        {
            var story = await LoadAsync(articles, db, ct);
            return story.Problem ?? (Results<Ok<DraftInfo[]>, ProblemHttpResult>)TypedResults.Ok(
                StoryAnalyzer.Analyze(story.Articles).Drafts.Select(StoryMapping.ToDraft).ToArray());
        })
        .WithSummary("Questions drafted from the story, each with evidence and distractors from the same story.");

        routes.MapPost("/api/quizzes/{quizId}/drafts/{draftId}", async (string quizId, string draftId, AcceptDraft accept, QuizDbContext db, QuizEdits edits, QuizLibrary library, CancellationToken ct) =>
        {
            var story = await LoadAsync(accept.Articles is null ? null : string.Join(',', accept.Articles), db, ct);
            var draft = story.Problem is null
                ? StoryAnalyzer.Analyze(story.Articles).Drafts.FirstOrDefault(d => d.Id == draftId)
                : null;
            if (draft is null)
            {
                return (IResult)(story.Problem ?? StoryRefusals.DraftNotFound(draftId).ToProblem());
            }

            var question = StoryMapping.ToDraft(draft).Question;
            var result = await edits.ApplyAsync(quizId, accept.Version, async quiz =>
            {
                var check = QuestionInputMapping.Check(QuizEditingApi.NewQuestionId(), question, await library.ArticlesAsync(ct));
                if (!check.IsValid)
                {
                    return StoryRefusals.DraftInvalid(check.Problems).ToProblem();
                }

                quiz.Questions.Add(QuestionBank.BankMapping.ToStored(check.Question, quiz.Id, quiz.Questions.Count));
                return null;
            }, ct);
            return result.Result;
        })
        .WithTags("Attribution engine").RequireAuthorization().RequireAntiforgeryHeader()
        .WithSummary("Accepts a draft as it is into one of the teacher's quizzes (edit it there afterwards).");

        return group;
    }

    private static async Task<(List<StoryArticle> Articles, Dictionary<string, string> Titles, ProblemHttpResult? Problem)> LoadAsync(
        string? ids, QuizDbContext db, CancellationToken ct)
    {
        var wanted = ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var query = db.Articles.AsNoTracking();
        query = wanted is { Length: > 0 } ? query.Where(a => wanted.Contains(a.Id)) : query.Where(a => a.OwnerId == null);
        var found = await query.OrderBy(a => a.Id).ToListAsync(ct);
        if (wanted is { Length: > 0 } && found.Count != wanted.Distinct().Count())
        {
            return ([], [], StoryRefusals.ArticlesNotFound.ToProblem());
        }

        // Captions and credit lines are not the outlet's statements: the engine reads the reporting alone, and
        // offsets still point into the stored text. Only a published headline is called a headline.
        return (found.Select(a => new StoryArticle(a.Id, a.Outlet, ArticleParagraphs.ReportingText(QuestionBank.BankMapping.ToDocument(a)))).ToList(),
            found.ToDictionary(a => a.Id, a => a.Title), null);
    }
}
