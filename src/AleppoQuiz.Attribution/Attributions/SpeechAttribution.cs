namespace AleppoQuiz.Attribution.Attributions;

/// <summary>A piece of article text: .NET string offsets [Start, End) and the text itself.</summary>
public sealed record SpanText(int Start, int End, string Text);

/// <summary>How the reporter conveys what was said.</summary>
public enum AttributionKind
{
    /// <summary>Words in quotation marks ("…," said X).</summary>
    DirectQuote,

    /// <summary>Reported speech or thought without quotation marks (X said that …).</summary>
    Indirect,

    /// <summary>"According to X, …".</summary>
    AccordingTo,
}

/// <summary>
/// One attribution: who (Source, null when the text names nobody), the cue, and the content.
/// Content may be discontinuous ("A," he said, "B."): <see cref="ContentFragments"/> lists the pieces and
/// <see cref="Content"/> covers them all. <see cref="Speaker"/> is the canonical speaker once resolved.
/// </summary>
public sealed record SpeechAttribution(
    SpanText? Source,
    SpanText Cue,
    SpanText Content,
    IReadOnlyList<SpanText> ContentFragments,
    AttributionKind Kind,
    string? Speaker = null);

/// <summary>A sentence the reporter states without attributing it to anyone.</summary>
public sealed record Assertion(SpanText Sentence);

/// <summary>Everything found in one article.</summary>
public sealed record ArticleAttributions(IReadOnlyList<SpeechAttribution> Attributions, IReadOnlyList<Assertion> Assertions);

/// <summary>
/// Anything that finds attributions in one article: the rule-based <see cref="AttributionExtractor"/> or the
/// learned <see cref="Learning.LearnedAttributionExtractor"/>. Implementations are safe to call from several
/// threads at once (the corpus evaluator does).
/// </summary>
public interface IAttributionExtractor
{
    ArticleAttributions Extract(string text);
}
