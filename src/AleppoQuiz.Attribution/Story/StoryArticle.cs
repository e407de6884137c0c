using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Story;

/// <summary>One article of a story: an id (file name or bank id), the outlet that published it, and its text.</summary>
public sealed record StoryArticle(string Id, string Outlet, string Text);

/// <summary>Exact text from one article that backs a finding or a question: a teacher can look it up.</summary>
public sealed record Evidence(string ArticleId, int Start, int End, string Quote)
{
    public static Evidence From(string articleId, SpanText piece) => new(articleId, piece.Start, piece.End, piece.Text);
}

/// <summary>A quotation of four words or more with the speaker it is credited to (null when nobody is).</summary>
public sealed record AttributedQuote(string ArticleId, SpanText Quote, string? Speaker, SpeechAttribution? Attribution);

/// <summary>What one article holds: its attributions (with canonical speakers), assertions and quotations.</summary>
public sealed record ArticleAnalysis(
    StoryArticle Article,
    IReadOnlyList<SpeechAttribution> Attributions,
    IReadOnlyList<Assertion> Assertions,
    IReadOnlyList<AttributedQuote> Quotes);
