using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// A cue without a source inside what someone is reported to have said belongs to that someone: in "The Syrian
/// Observatory … also said the suspension appeared to be related to the two villages", "appeared" is the
/// Observatory's words, so the statement is the Observatory's, not one with no named speaker.
/// </summary>
public static class NestedSpeech
{
    public static IReadOnlyList<SpeechAttribution> CreditToOuterSpeaker(IReadOnlyList<SpeechAttribution> attributions) =>
        attributions.Select(a => a.Source is null && a.Speaker is null && Outer(a, attributions) is { } outer ? a with { Speaker = outer.Speaker } : a)
            .ToList();

    private static SpeechAttribution? Outer(SpeechAttribution inner, IReadOnlyList<SpeechAttribution> all) =>
        all.Where(o => o != inner && o.Speaker is not null
                && o.ContentFragments.Any(f => f.Start <= inner.Cue.Start && inner.Cue.End <= f.End))
            .OrderBy(o => o.Content.End - o.Content.Start)
            .FirstOrDefault();
}
