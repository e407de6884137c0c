namespace AleppoQuiz.Attribution.Attributions;

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
