using AleppoQuiz.Core.Articles.Html;
using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// The answers an article import or deletion can be refused with. Each says what was wrong and what to do instead,
/// in words a teacher can act on; the duplicate answers carry the id of the article that already holds the story.
/// </summary>
internal static class ArticleProblems
{
    public static ProblemHttpResult Empty() => Problem(
        StatusCodes.Status400BadRequest, "Empty article",
        "The article has no text. Paste the story, or choose a file that contains it.");

    public static ProblemHttpResult NotText() => Problem(
        StatusCodes.Status400BadRequest, "Not a text or HTML file",
        "This is not a text or HTML file: it contains bytes that are not UTF-8 text. Save the story as plain text (UTF-8) or the page as HTML and try again.");

    public static ProblemHttpResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Article too large",
        $"An article may be at most {ArticleSource.MaximumBytes / 1024 / 1024} MB. Save only the story's page, or paste only its text.");

    public static ProblemHttpResult Unsupported(string detail) => Problem(
        StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", detail);

    public static ProblemHttpResult TooDeep(HtmlTooDeepException e) => Problems.Coded(
        "html-too-deep", e.Message, StatusCodes.Status400BadRequest, "Page nested too deeply",
        new Dictionary<string, object?> { ["maximumDepth"] = e.Limit });

    public static ProblemHttpResult NothingLeft(int droppedLines) => Problem(
        StatusCodes.Status400BadRequest, "No story text found",
        $"No story text is left once page furniture is removed ({droppedLines} line(s) were dropped as boilerplate). Check that this is the story itself.");

    /// <summary>The details given disagree with what the text says about itself (its headline, dateline or credit).</summary>
    public static ProblemHttpResult Disagreement(string detail) => Problem(
        StatusCodes.Status400BadRequest, "The details disagree with the text", detail);

    public static ProblemHttpResult Duplicate(StoredArticle existing)
    {
        var detail = existing.OwnerId is null
            ? $"This story is already one of the built-in articles: \"{existing.Title}\" ({existing.Id})."
            : $"You have already imported this story as \"{existing.Title}\" ({existing.Id}).";
        return Problem(StatusCodes.Status409Conflict, "Article already there", detail,
            new Dictionary<string, object?> { ["articleId"] = existing.Id });
    }

    public static ProblemHttpResult BuiltIn(string id) => Problem(
        StatusCodes.Status403Forbidden, "Built-in article", $"'{id}' is one of the built-in articles, which cannot be deleted.");

    public static ProblemHttpResult StillQuoted(string id, IReadOnlyList<string> quizIds) => Problem(
        StatusCodes.Status409Conflict, "Article still quoted",
        $"Questions in {quizIds.Count} quiz(zes) quote '{id}'. Remove that evidence before deleting the article.",
        new Dictionary<string, object?> { ["articleId"] = id, ["quizIds"] = quizIds });

    private static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
}
