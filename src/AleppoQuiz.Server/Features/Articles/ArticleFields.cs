using System.Globalization;
using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>What a teacher typed about a story, as sent: any field may be missing or malformed.</summary>
internal sealed record ArticleFieldsInput(string? Title, string? Outlet, string? WireCredit, string? Date, string? Url)
{
    public static ArticleFieldsInput From(PasteArticleRequest request) =>
        new(request.Title, request.Outlet, request.WireCredit, request.Date, request.Url);
}

/// <summary>
/// The details of an article once the teacher's input and the story's own metadata are joined. What the teacher
/// typed comes first; a blank is filled from the page (headline, publication date, site name, address) and then
/// from the text (a headline line, a dateline). Whatever is still missing or malformed is reported, field by field.
/// </summary>
internal sealed record ArticleFields(string Title, string Outlet, string? WireCredit, DateOnly Date, string? Url)
{
    private const int MaximumTitleLength = 300;
    private const int MaximumNameLength = 120;

    public static (ArticleFields? Fields, Dictionary<string, string[]> Errors) Join(ArticleFieldsInput input, HtmlPage? page, CleanedArticle cleaned)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var title = Given(input.Title) ?? page?.Headline ?? cleaned.Headline;
        Check(errors, "title", title, MaximumTitleLength, "Give the story's headline, or a short neutral title if it has none.");

        var outlet = Given(input.Outlet) ?? page?.SiteName;
        Check(errors, "outlet", outlet, MaximumNameLength, "Give the outlet that published the story.");

        var wireCredit = Given(input.WireCredit);
        if (wireCredit?.Length > MaximumNameLength)
        {
            errors["wireCredit"] = [$"The wire credit may be at most {MaximumNameLength} characters."];
        }

        DateOnly? date = page?.Date ?? cleaned.Date;
        if (Given(input.Date) is { } typed)
        {
            date = DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (date is null)
            {
                errors["date"] = [$"'{typed}' is not a date: use yyyy-MM-dd."];
            }
        }
        else if (date is null)
        {
            errors["date"] = ["Give the date the story was published (yyyy-MM-dd)."];
        }

        var url = page?.Url;
        if (Given(input.Url) is { } typedUrl)
        {
            url = ArticleFingerprint.NormalizeUrl(typedUrl);
            if (url is null || url.Length > 2048)
            {
                errors["url"] = ["Give the story's web address in full, starting with https:// (or leave it empty)."];
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ArticleFields(title!, outlet!, wireCredit, date!.Value, url is null ? null : ArticleFingerprint.NormalizeUrl(url)), errors);
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, int maximumLength, string missing)
    {
        if (value is null)
        {
            errors[field] = [missing];
        }
        else if (value.Length > maximumLength)
        {
            errors[field] = [$"The {field} may be at most {maximumLength} characters."];
        }
    }
}
