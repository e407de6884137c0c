using AleppoQuiz.Core.Articles.Html;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// The answers an article import or deletion can be refused with. Each says what was wrong and what to do instead,
/// in words a teacher can act on; the duplicate answers carry the id of the article that already holds the story.
/// </summary>
internal static class ArticleRefusals
{
    public static Refusal NotFound(string id) => new(RefusalKind.NotFound, "article-not-found", $"There is no article '{id}'.");

    public static Refusal Empty { get; } = new(
        RefusalKind.Invalid, "article-empty", "The article has no text. Paste the story, or choose a file that contains it.");

    public static Refusal NotText { get; } = new(
        RefusalKind.Invalid,
        "article-not-text",
        "This is not a text or HTML file: it contains bytes that are not UTF-8 text. Save the story as plain text (UTF-8) or the page as HTML and try again.");

    public static Refusal TooLarge { get; } = new(
        RefusalKind.TooLarge,
        "article-too-large",
        $"An article may be at most {ArticleSource.MaximumBytes / 1024 / 1024} MB. Save only the story's page, or paste only its text.");

    public static Refusal Unsupported(string detail) => new(RefusalKind.UnsupportedType, "article-unsupported-type", detail);

    public static ProblemHttpResult TooDeep(HtmlTooDeepException e) =>
        new Refusal(RefusalKind.Invalid, "html-too-deep", e.Message).ToProblem(new Dictionary<string, object?> { ["maximumDepth"] = e.Limit });

    public static Refusal NothingLeft(int droppedLines) => new(
        RefusalKind.Invalid,
        "article-no-story",
        $"No story text is left once page furniture is removed ({droppedLines} line(s) were dropped as boilerplate). Check that this is the story itself.");

    /// <summary>Details missing or malformed, each field's sentences under <c>errors</c>.</summary>
    public static ProblemHttpResult InvalidDetails(IDictionary<string, string[]> errors) =>
        new Refusal(RefusalKind.Invalid, "article-details-invalid", "Some of the article's details are missing or wrong.")
            .ToProblem(new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>The details given disagree with what the text says about itself (its headline, dateline or credit).</summary>
    public static Refusal Disagreement(string detail) => new(RefusalKind.Invalid, "article-details-disagree", detail);

    public static ProblemHttpResult Duplicate(StoredArticle existing)
    {
        var detail = existing.OwnerId is null
            ? $"This story is already one of the built-in articles: \"{existing.Title}\" ({existing.Id})."
            : $"You have already imported this story as \"{existing.Title}\" ({existing.Id}).";
        return new Refusal(RefusalKind.Conflict, "article-duplicate", detail)
            .ToProblem(new Dictionary<string, object?> { ["articleId"] = existing.Id });
    }

    public static Refusal BuiltIn(string id) =>
        new(RefusalKind.Forbidden, "article-built-in", $"'{id}' is one of the built-in articles, which cannot be deleted.");

    public static ProblemHttpResult StillQuoted(string id, IReadOnlyList<string> quizIds) => new Refusal(
            RefusalKind.Conflict,
            "article-still-quoted",
            $"Questions in {quizIds.Count} quiz(zes) quote '{id}'. Remove that evidence before deleting the article.")
        .ToProblem(new Dictionary<string, object?> { ["articleId"] = id, ["quizIds"] = quizIds });
}
