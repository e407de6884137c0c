using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Finds attributions in one article: cues from the learned lexicon, then a source and a content for each
/// by the shape of the sentence (see <see cref="AttributionRules"/>). Sentences the reporter states
/// without any source are returned as assertions.
/// </summary>
public sealed class AttributionExtractor(CueLexicon lexicon, ExtractorSettings settings) : IAttributionExtractor
{
    private readonly CueFinder _cues = new(lexicon, settings);

    public static AttributionExtractor Default { get; } = new(CueLexicon.Embedded, new ExtractorSettings());

    public ArticleAttributions Extract(string text)
    {
        var analyzed = new AnalyzedText(text);
        var cues = _cues.Find(analyzed);
        var sentencesWithCue = cues.Select(c => analyzed.SentenceOf(c.Tokens.First).Index).ToHashSet();
        var phrases = new SourcePhraseFinder(analyzed, _cues.IsCueWord);
        var rules = new AttributionRules(analyzed, phrases, sentencesWithCue.Contains);

        var raw = new List<RawAttribution>();
        foreach (var cue in cues)
        {
            if (raw.Any(r => r.Source is { } s && s.First <= cue.Tokens.First && cue.Tokens.Last <= s.Last))
            {
                continue; // the word is part of an already found source phrase
            }

            if (rules.Apply(cue) is { } found)
            {
                raw.Add(found);
            }
        }

        var attributions = raw.Select(r => ToRecord(analyzed, r)).ToList();
        return new ArticleAttributions(attributions, AssertionFinder.Find(analyzed, attributions, settings.MinimumAssertionWords));
    }

    private static SpeechAttribution ToRecord(AnalyzedText analyzed, RawAttribution raw)
    {
        var text = analyzed.Text;
        SpanText? source = raw.Source is { } s ? Piece(text, analyzed.SpanOf(s.First, s.Last)) : null;
        var cue = Piece(text, analyzed.SpanOf(raw.Cue.First, raw.Cue.Last));
        var fragments = raw.Content.OrderBy(c => c.Start).Select(c => Piece(text, c)).ToList();
        var whole = Piece(text, new TextSpan(fragments[0].Start, fragments[^1].End));
        return new SpeechAttribution(source, cue, whole, fragments, raw.Kind);
    }

    private static SpanText Piece(string text, TextSpan span) => new(span.Start, span.End, span.Slice(text));
}

/// <summary>Thresholds of the extractor, chosen on the train split (see docs/attribution-engine.md).</summary>
public sealed record ExtractorSettings
{
    /// <summary>Smallest learned cue rate (times a cue / times seen) for a form to count as a cue.</summary>
    public double MinimumCueScore { get; init; } = 0.3;

    /// <summary>Smallest number of gold cues behind a form, so one-off forms are ignored.</summary>
    public int MinimumCueCount { get; init; } = 3;

    /// <summary>Smallest cue rate for widening a cue word to a learned multi-word cue ("said in a statement").</summary>
    public double MinimumPhraseScore { get; init; } = 0.5;

    /// <summary>Shortest reporter sentence (in words) reported as an unattributed assertion.</summary>
    public int MinimumAssertionWords { get; init; } = 5;
}
