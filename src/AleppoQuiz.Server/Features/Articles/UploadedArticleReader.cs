using AleppoQuiz.Core.Articles.Html;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>An upload once read: the story and the typed details, or the reason it cannot be imported.</summary>
internal sealed record UploadedArticle(ArticleSource? Source, ArticleFieldsInput Fields, ProblemHttpResult? Problem);

/// <summary>
/// Reads an upload form: a <c>file</c> (.txt or .html) and the same detail fields as a paste. The cheap checks run
/// before the expensive ones: the form's type, the file's kind and size, and only then its bytes.
/// </summary>
internal static class UploadedArticleReader
{
    /// <summary>The largest file plus room for the other fields and the multipart boundaries.</summary>
    public const long MaximumRequestBytes = ArticleSource.MaximumBytes + (64 * 1024);

    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private static readonly string[] TextExtensions = [".txt", ".text"];

    // Browsers label saved pages and text files in several ways; an unlabelled or generic file is judged by its name.
    private static readonly string[] AcceptedContentTypes =
        ["", "text/plain", "text/html", "application/xhtml+xml", "application/octet-stream"];

    public static async Task<UploadedArticle> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var none = new ArticleFieldsInput(null, null, null, null, null);
        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, none, ArticleRefusals.Unsupported("Send the file as multipart/form-data, in a field named 'file'.").ToProblem());
        }

        if (request.ContentLength > MaximumRequestBytes)
        {
            return new(null, none, ArticleRefusals.TooLarge.ToProblem());
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, none, ArticleRefusals.TooLarge.ToProblem());
        }

        var fields = new ArticleFieldsInput(form["title"], form["outlet"], form["wireCredit"], form["date"], form["url"]);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return new(null, fields, ArticleRefusals.Empty.ToProblem());
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var isHtml = HtmlExtensions.Contains(extension);
        var contentType = (file.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if ((!isHtml && !TextExtensions.Contains(extension)) || !AcceptedContentTypes.Contains(contentType))
        {
            return new(null, fields, ArticleRefusals.Unsupported(
                $"'{file.FileName}' cannot be imported: choose a plain-text (.txt) or web page (.html) file.").ToProblem());
        }

        if (file.Length > ArticleSource.MaximumBytes)
        {
            return new(null, fields, ArticleRefusals.TooLarge.ToProblem());
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        if (!ArticleSource.TryDecode(bytes, out var text))
        {
            return new(null, fields, ArticleRefusals.NotText.ToProblem());
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            return new(null, fields, ArticleRefusals.Empty.ToProblem());
        }

        try
        {
            return new(ArticleSource.Create(text, isHtml || (contentType == "text/html"), Path.GetFileName(file.FileName)), fields, null);
        }
        catch (HtmlTooDeepException e)
        {
            return new(null, fields, ArticleRefusals.TooDeep(e));
        }
    }
}
