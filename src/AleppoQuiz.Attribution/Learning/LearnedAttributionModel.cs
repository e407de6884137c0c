namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// The two trained taggers: <see cref="CueTagger"/> finds cue spans sentence by sentence, then
/// <see cref="RoleTagger"/> labels the source and content words in a <see cref="Window"/> around each cue.
/// </summary>
internal sealed record LearnedAttributionModel(LinearTagger CueTagger, LinearTagger RoleTagger, RoleWindow Window, DecodingBias Bias)
{
    private float[] CueBias => [0, Bias.Cue, Bias.Cue];

    private float[] RoleBias => [0, Bias.Source, Bias.Source, Bias.Content, Bias.Content];

    /// <summary>Cue spans of a document, in text order.</summary>
    public List<CueTokens> FindCues(LearningDocument doc)
    {
        var cues = new List<CueTokens>();
        foreach (var sentence in doc.Analyzed.Sentences)
        {
            var labels = CueTagger.Decode(CueFeatures.Sentence(doc, sentence, gold: null), CueBias);
            cues.AddRange(BioLabels.Runs(labels).Select(r => new CueTokens(sentence.First + r.First, sentence.First + r.Last)));
        }

        return cues;
    }

    /// <summary>Source and content token runs for one cue (document token indices).</summary>
    public (List<(int First, int Last)> Source, List<(int First, int Last)> Content) FindRoles(
        LearningDocument doc, CueTokens cue, IReadOnlySet<int> otherCueTokens)
    {
        var window = Window.Around(doc, cue.First, cue.Last);
        var labels = RoleTagger.Decode(RoleFeatures.Window(doc, cue, window, otherCueTokens, gold: null), RoleBias);
        var source = new List<(int, int)>();
        var content = new List<(int, int)>();
        foreach (var (type, first, last) in BioLabels.Runs(labels))
        {
            (type == RoleLabels.Source ? source : content).Add((window.First + first, window.First + last));
        }

        return (source, content);
    }

    /// <summary>Token indices of every cue but <paramref name="cue"/>.</summary>
    public static HashSet<int> OtherCueTokens(IEnumerable<CueTokens> cues, CueTokens cue) =>
        cues.Where(c => c != cue).SelectMany(c => Enumerable.Range(c.First, c.Last - c.First + 1)).ToHashSet();
}

/// <summary>
/// Scores added to the span labels when decoding. The perceptron is cautious on rare cue words (precision well
/// above recall); a small push towards spans, chosen on held-out train articles, balances the two.
/// </summary>
public sealed record DecodingBias(float Cue, float Source, float Content)
{
    public static DecodingBias None { get; } = new(0, 0, 0);
}
