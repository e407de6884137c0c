using AleppoQuiz.Core.Articles.Html;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// Teachers bring their own stories: pasted (text or a page's HTML source) or uploaded as a .txt or .html file.
/// Both go through <see cref="TeacherArticleImport"/>, so they are cleaned, checked and refused the same way.
/// </summary>
internal static class ArticleImportApi
{
    public static void MapArticleImport(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<ImportedArticle>, ProblemHttpResult>> (
            PasteArticleRequest request, HttpContext http, QuizDbContext db, CancellationToken ct) =>
        {
            var text = request.Text ?? "";
            var size = ArticleSource.TextByteCount(text);
            if (size is null)
            {
                return ArticleRefusals.NotText.ToProblem();
            }

            if (size > ArticleSource.MaximumBytes)
            {
                return ArticleRefusals.TooLarge.ToProblem();
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return ArticleRefusals.Empty.ToProblem();
            }

            ArticleSource source;
            try
            {
                source = ArticleSource.Create(text, HtmlArticleExtractor.LooksLikeHtmlDocument(text), originalFile: null);
            }
            catch (HtmlTooDeepException e)
            {
                return ArticleRefusals.TooDeep(e);
            }

            return await new TeacherArticleImport(db).ImportAsync(source, ArticleFieldsInput.From(request), http.User.TeacherId(), ct);
        })
        .RequireAntiforgeryHeader()
        // JSON escapes can triple the size of non-Latin text, so the body may be larger than the 1 MB text it carries.
        .WithMetadata(new BodySizeLimit(4L * ArticleSource.MaximumBytes))
        .WithSummary("Imports a pasted story (plain text or a page's HTML) as one of the teacher's own articles.");

        group.MapPost("/upload", async Task<Results<Created<ImportedArticle>, ProblemHttpResult>> (
            HttpRequest request, HttpContext http, QuizDbContext db, CancellationToken ct) =>
        {
            var upload = await UploadedArticleReader.ReadAsync(request, ct);
            return upload.Problem is not null
                ? upload.Problem
                : await new TeacherArticleImport(db).ImportAsync(upload.Source!, upload.Fields, http.User.TeacherId(), ct);
        })
        .RequireAntiforgeryHeader()
        .WithMetadata(new BodySizeLimit(UploadedArticleReader.MaximumRequestBytes))
        .WithSummary("Imports an uploaded .txt or .html file (multipart form: file, title, outlet, wireCredit, date, url).");
    }

    /// <summary>Lets the server refuse an oversized body before reading it; routing applies it to the request.</summary>
    private sealed class BodySizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
