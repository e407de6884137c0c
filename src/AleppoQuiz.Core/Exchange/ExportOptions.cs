namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// What a writer needs beyond the quiz. Feedback shown to students names an article's outlet ("Voice of America"),
/// not our article id ("voa"); a caller without the articles gets the id, which is still accurate.
/// </summary>
public sealed record ExportOptions
{
    public static ExportOptions Default { get; } = new();

    /// <summary>Article id to outlet name, as in the article library.</summary>
    public IReadOnlyDictionary<string, string> Outlets { get; init; } = new Dictionary<string, string>();

    public string OutletOf(string articleId) => Outlets.TryGetValue(articleId, out var outlet) ? outlet : articleId;
}
