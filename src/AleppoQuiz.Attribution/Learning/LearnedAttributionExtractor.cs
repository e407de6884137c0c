using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Finds attributions with taggers learned from the PolNeAR train split (see docs/attribution-engine.md): a cue
/// tagger, then a source/content tagger around each cue. A cue whose content the tagger cannot find keeps
/// a stand-in content (see <see cref="FallbackContent"/>). Of several source runs the one
/// nearest the cue is kept, since a relation has one source.
/// </summary>
public sealed class LearnedAttributionExtractor : IAttributionExtractor
{
    private static readonly Lazy<LearnedAttributionExtractor> Shipped = new(() => new(AttributionModelFile.LoadEmbedded()));
    private readonly LearnedAttributionModel _model;

    internal LearnedAttributionExtractor(LearnedAttributionModel model) => _model = model;

    /// <summary>The extractor with the model shipped inside the assembly (loaded on first use).</summary>
    public static LearnedAttributionExtractor Default => Shipped.Value;

    /// <summary>Shortest reporter sentence (in words) reported as an unattributed assertion.</summary>
    public int MinimumAssertionWords { get; init; } = 5;

    /// <summary>Reads a model written by <see cref="Save"/> (the format of the shipped model).</summary>
    public static LearnedAttributionExtractor Load(Stream stream) => new(AttributionModelFile.Load(stream));

    /// <summary>The same taggers decoded with another bias (for choosing it on held-out data).</summary>
    public LearnedAttributionExtractor WithBias(DecodingBias bias) => new(_model with { Bias = bias });

    public DecodingBias Bias => _model.Bias;

    public void Save(Stream stream) => AttributionModelFile.Save(_model, stream);

    public ArticleAttributions Extract(string text)
    {
        var doc = new LearningDocument(text);
        var cues = _model.FindCues(doc);
        var attributions = new List<SpeechAttribution>();
        foreach (var cue in cues)
        {
            var (sources, content) = _model.FindRoles(doc, cue, LearnedAttributionModel.OtherCueTokens(cues, cue));
            if (content.Count == 0)
            {
                content = FallbackContent(doc.Analyzed, cue);
            }

            attributions.Add(ToRecord(doc.Analyzed, cue, Nearest(sources, cue), content));
        }

        attributions.AddRange(LayoutAttributions.Find(text, attributions).ToList());
        attributions.Sort((a, b) => a.Cue.Start.CompareTo(b.Cue.Start));
        return new ArticleAttributions(attributions, AssertionFinder.Find(doc.Analyzed, attributions, MinimumAssertionWords));
    }

    /// <summary>
    /// When the tagger finds no content, the cue is still worth reporting (it is usually right): the rest of its
    /// sentence stands in, without the final full stop, or the part before the cue when nothing follows it.
    /// </summary>
    private static List<(int First, int Last)> FallbackContent(AnalyzedText analyzed, CueTokens cue)
    {
        var sentence = analyzed.SentenceOf(cue.First);
        var last = analyzed.Tokens[sentence.Last].Kind == TokenKind.Punctuation && sentence.Last > cue.Last ? sentence.Last - 1 : sentence.Last;
        return last > cue.Last ? [(cue.Last + 1, last)]
            : cue.First > sentence.First ? [(sentence.First, cue.First - 1)]
            : [(cue.First, cue.Last)];
    }

    private static (int First, int Last)? Nearest(List<(int First, int Last)> runs, CueTokens cue) =>
        runs.Count == 0 ? null : runs.MinBy(r => r.Last < cue.First ? cue.First - r.Last : r.First - cue.Last);

    private static SpeechAttribution ToRecord(
        AnalyzedText analyzed, CueTokens cue, (int First, int Last)? source, List<(int First, int Last)> content)
    {
        var fragments = content.Select(r => Piece(analyzed, r.First, r.Last)).ToList();
        var whole = Piece(analyzed, content[0].First, content[^1].Last);
        var cuePiece = Piece(analyzed, cue.First, cue.Last);
        var kind = analyzed.Tokens[content[0].First].Kind == TokenKind.Quote ? AttributionKind.DirectQuote
            : cuePiece.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase) ? AttributionKind.AccordingTo
            : AttributionKind.Indirect;
        var sourcePiece = source is { } s ? Piece(analyzed, s.First, s.Last) : null;
        return new SpeechAttribution(sourcePiece, cuePiece, whole, fragments, kind);
    }

    private static SpanText Piece(AnalyzedText analyzed, int first, int last)
    {
        var span = analyzed.SpanOf(first, last);
        return new SpanText(span.Start, span.End, span.Slice(analyzed.Text));
    }
}
