using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>Who makes a claim found at a place in an article, and the evidence to show for it.</summary>
internal static class StatementOwner
{
    /// <summary>
    /// The innermost attribution whose content holds the position: in "Reuters quoted an official as saying:
    /// '…'" the official's content starts later than Reuters', though it may run on for longer. Null when the
    /// reporter asserts it.
    /// </summary>
    public static SpeechAttribution? At(IReadOnlyList<SpeechAttribution> attributions, int index) =>
        attributions
            .Where(a => a.ContentFragments.Any(f => f.Start <= index && index < f.End))
            .OrderByDescending(a => a.ContentFragments.Last(f => f.Start <= index).Start)
            .ThenBy(a => a.Content.End - a.Content.Start)
            .FirstOrDefault();

    /// <summary>Evidence for a claim from <paramref name="start"/> to <paramref name="end"/>: the attributed
    /// content holding it, or from <paramref name="fallbackStart"/> (the reporter's own clause).</summary>
    public static Evidence Evidence(StoryArticle article, SpeechAttribution? owner, int start, int end, int fallbackStart)
    {
        var fragment = owner?.ContentFragments.First(f => f.Start <= start && start < f.End);
        var evidenceStart = fragment?.Start ?? fallbackStart;
        var evidenceEnd = Math.Max(end, fragment?.End ?? 0);
        return new Evidence(article.Id, evidenceStart, evidenceEnd, article.Text[evidenceStart..evidenceEnd]);
    }
}
