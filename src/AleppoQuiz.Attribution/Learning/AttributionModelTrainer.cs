using AleppoQuiz.Attribution.Evaluation;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>Settings of a training run; the defaults were chosen on a held-out slice of train.</summary>
public sealed record TrainingOptions
{
    public int CueEpochs { get; init; } = 8;

    public int RoleEpochs { get; init; } = 8;

    /// <summary>log2 of the weight table size of each tagger (hashed features).</summary>
    public int CueHashBits { get; init; } = 20;

    public int RoleHashBits { get; init; } = 21;

    public int SentencesBefore { get; init; } = RoleWindow.Default.SentencesBefore;

    public int SentencesAfter { get; init; } = RoleWindow.Default.SentencesAfter;

    public int Seed { get; init; } = 20180507;

    public DecodingBias Bias { get; init; } = DecodingBias.None;
}

/// <summary>
/// Trains the cue tagger on every sentence of the training articles and the role tagger on a window around
/// every gold cue (gold cues, so the role tagger learns from clean examples; at run time it sees predicted
/// ones). Documents are prepared in parallel but kept in order, so a run is deterministic.
/// </summary>
public static class AttributionModelTrainer
{
    public static LearnedAttributionExtractor Train(IReadOnlyList<(string Text, BratDocument Gold)> articles, TrainingOptions options)
    {
        var window = new RoleWindow(options.SentencesBefore, options.SentencesAfter);
        var prepared = articles.AsParallel().AsOrdered()
            .Select(a => Prepare(a.Text, a.Gold, window))
            .ToList();

        var cueTagger = new PerceptronTrainer(new BioLabels(1).Count, options.CueHashBits)
            .Train(prepared.SelectMany(p => p.Cues).ToList(), options.CueEpochs, options.Seed);
        var roleTagger = new PerceptronTrainer(new BioLabels(RoleLabels.SpanTypes).Count, options.RoleHashBits)
            .Train(prepared.SelectMany(p => p.Roles).ToList(), options.RoleEpochs, options.Seed + 1);
        return new LearnedAttributionExtractor(new LearnedAttributionModel(cueTagger, roleTagger, window, options.Bias));
    }

    /// <summary>Reads a brat corpus folder pair (first annotation file of each article).</summary>
    public static List<(string Text, BratDocument Gold)> ReadCorpus(string textDirectory, string goldDirectory) =>
        CorpusFolder.Pair(textDirectory, goldDirectory)
            .Select(a => (File.ReadAllText(a.TextPath), BratReader.Read(a.AnnotationPaths[0])))
            .ToList();

    private static (List<TagSequence> Cues, List<TagSequence> Roles) Prepare(string text, BratDocument gold, RoleWindow window)
    {
        var doc = new LearningDocument(text);
        var relations = GoldAlignment.Align(doc, gold);
        var cueLabels = GoldAlignment.CueLabels(doc, relations);
        var cues = doc.Analyzed.Sentences
            .Select(s => CueFeatures.Sentence(doc, s, RoleLabels.Repair(cueLabels[s.First..(s.Last + 1)])))
            .ToList();

        var allCues = relations.Select(r => r.Cue).Distinct().ToList();
        var roles = relations.Select(r =>
        {
            var span = window.Around(doc, r.Cue.First, r.Cue.Last);
            var others = LearnedAttributionModel.OtherCueTokens(allCues, r.Cue);
            return RoleFeatures.Window(doc, r.Cue, span, others, RoleLabels.Gold(r, span));
        }).ToList();
        return (cues, roles);
    }
}
