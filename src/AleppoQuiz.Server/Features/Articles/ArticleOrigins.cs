using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// An article as the signed-in teacher sees it. The owner filter already hid everyone else's imports, so an
/// article with an owner is the teacher's own.
/// </summary>
internal static class ArticleOrigins
{
    public static ArticleDetail ToDetail(this StoredArticle article, IReadOnlyList<ArticleEvidenceSpan> evidence) => new(
        article.Id, article.Outlet, article.WireCredit, article.Date, article.Title, article.TitleSource,
        article.Url, article.OriginalFile, article.Text, evidence, article.Origin, article.OwnerId is not null,
        QuestionBank.BankMapping.ToDocument(article).CaptionParagraphs, article.CreditLineParagraph);
}
