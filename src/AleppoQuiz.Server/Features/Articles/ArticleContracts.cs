namespace AleppoQuiz.Server.Features.Articles;

public sealed record ArticleSummary(string Id, string Outlet, string WireCredit, DateOnly Date, string Title);

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
    IReadOnlyList<ArticleEvidenceSpan> Evidence);

/// <summary>Where a question's evidence points into this article's text (character offsets, end exclusive).</summary>
public sealed record ArticleEvidenceSpan(string QuizId, string QuestionId, int Start, int End, string Quote);
