namespace AleppoQuiz.Server.Features.Articles;

/// <summary>An article in the list: <see cref="Origin"/> is "bank" for the built-in ones, "teacher" for imports.</summary>
public sealed record ArticleSummary(
    string Id, string Outlet, string WireCredit, DateOnly Date, string Title, string Origin, bool IsOwn);

public sealed record ArticleDetail(
    string Id,
    string Outlet,
    string WireCredit,
    DateOnly Date,
    string Title,
    string TitleSource,
    string? Url,
    string? OriginalFile,
    string Text,
    IReadOnlyList<ArticleEvidenceSpan> Evidence,
    string Origin,
    bool IsOwn,
    IReadOnlyList<int> CaptionParagraphs,
    int? CreditLineParagraph);

/// <summary>Where a question's evidence points into this article's text (character offsets, end exclusive).</summary>
public sealed record ArticleEvidenceSpan(string QuizId, string QuestionId, int Start, int End, string Quote);

/// <summary>
/// A story a teacher pastes. <see cref="Text"/> may be plain text or a page's HTML source. Title, outlet and date
/// are needed unless the text itself carries them (a headline line, a dateline, the page's own metadata).
/// </summary>
/// <param name="Date">yyyy-MM-dd.</param>
public sealed record PasteArticleRequest(
    string? Title, string? Outlet, string? WireCredit, string? Date, string? Url, string? Text);

/// <summary>The stored article, and the lines the cleaner dropped so the teacher can check nothing of the story went.</summary>
public sealed record ImportedArticle(ArticleDetail Article, IReadOnlyList<string> DroppedLines);
