using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// Who may see an article: everyone signed in sees the built-in ones (no owner), a teacher also sees their own
/// imports, and nobody else's. Another teacher's article answers as if it did not exist.
/// </summary>
internal static class ArticleOrigins
{
    public static IQueryable<StoredArticle> VisibleTo(this IQueryable<StoredArticle> articles, string teacherId) =>
        articles.Where(a => a.OwnerId == null || a.OwnerId == teacherId);

    public static ArticleDetail ToDetail(this StoredArticle article, string teacherId, IReadOnlyList<ArticleEvidenceSpan> evidence) => new(
        article.Id, article.Outlet, article.WireCredit, article.Date, article.Title, article.TitleSource,
        article.Url, article.OriginalFile, article.Text, evidence, article.Origin, article.OwnerId == teacherId,
        QuestionBank.BankMapping.ToDocument(article).CaptionParagraphs, article.CreditLineParagraph);
}
