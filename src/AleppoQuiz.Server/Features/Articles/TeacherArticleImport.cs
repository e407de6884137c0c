using AleppoQuiz.Core.Articles;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// Imports one story for a teacher: cleans it with the same rules as the built-in corpus, joins the details,
/// refuses a story the teacher (or the corpus) already has, and stores it as the teacher's own. Every refusal
/// happens before anything is written.
/// </summary>
internal sealed class TeacherArticleImport(QuizDbContext db)
{
    private static readonly ArticleImporter Importer = new();

    public async Task<Results<Created<ImportedArticle>, ProblemHttpResult>> ImportAsync(
        ArticleSource source, ArticleFieldsInput input, string teacherId, CancellationToken ct)
    {
        var cleaned = ArticleCleaner.Default.Clean(source.Text);
        if (cleaned.Text.Length == 0)
        {
            return ArticleRefusals.NothingLeft(cleaned.Removed.Count).ToProblem();
        }

        var (fields, errors) = ArticleFields.Join(input, source.Page, cleaned);
        if (fields is null)
        {
            return ArticleRefusals.InvalidDetails(errors);
        }

        var id = await ArticleIds.NewAsync(db, fields.Title, ct);
        ArticleDocument article;
        try
        {
            article = Importer.Import(WithPageHeadline(source, fields.Title), new ArticleMetadata
            {
                Id = id,
                Outlet = fields.Outlet,
                WireCredit = fields.WireCredit,
                Date = fields.Date,
                Title = fields.Title,
                Url = fields.Url,
            }, source.OriginalFile);
        }
        catch (ArticleImportException e)
        {
            // The importer names the article by id; the teacher has not seen the new id, so leave it out.
            var detail = e.Message.StartsWith(id + ": ", StringComparison.Ordinal) ? e.Message[(id.Length + 2)..] : e.Message;
            return ArticleRefusals.Disagreement(char.ToUpperInvariant(detail[0]) + detail[1..]).ToProblem();
        }

        var fingerprint = ArticleFingerprint.Of(article.Text);
        if (await FindDuplicateAsync(fingerprint, article.Url, ct) is { } existing)
        {
            return ArticleRefusals.Duplicate(existing);
        }

        var stored = BankMapping.ToStored(article, fingerprint, ContentOrigin.Teacher, teacherId);
        db.Articles.Add(stored);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/articles/{stored.Id}", new ImportedArticle(
            stored.ToDetail([]), cleaned.Removed.Select(line => line.Text).ToArray()));
    }

    /// <summary>
    /// A page's headline was taken out of its text, so a short opening line without a full stop (a standfirst, a
    /// kicker) would now read to the cleaner as a headline and disagree with the title. Putting the page's headline
    /// back in front lets the cleaner find the real one; it is used only when the cleaner indeed takes it.
    /// </summary>
    private static string WithPageHeadline(ArticleSource source, string title)
    {
        if (source.Page?.Headline != title)
        {
            return source.Text;
        }

        var withHeadline = title + "\n" + source.Text;
        return ArticleCleaner.Default.Clean(withHeadline).Headline == title ? withHeadline : source.Text;
    }

    /// <summary>The same story (or the same address) among the teacher's articles, or among the built-in ones.</summary>
    private async Task<StoredArticle?> FindDuplicateAsync(string fingerprint, string? url, CancellationToken ct)
    {
        var own = await db.Articles.AsNoTracking()
            .Where(a => a.OwnerId != null && (a.ContentHash == fingerprint || (url != null && a.Url == url)))
            .FirstOrDefaultAsync(ct);
        if (own is not null)
        {
            return own;
        }

        // Built-in hashes cover their whole file, not the text alone, so their text is fingerprinted here; the corpus is small.
        var builtIn = await db.Articles.AsNoTracking().Where(a => a.OwnerId == null).ToListAsync(ct);
        return builtIn.FirstOrDefault(a => ArticleFingerprint.Of(a.Text) == fingerprint
                                           || (url is not null && ArticleFingerprint.NormalizeUrl(a.Url) == url));
    }
}
