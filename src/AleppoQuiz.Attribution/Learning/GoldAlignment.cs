using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>A gold relation in tokens: the cue and the token runs of its source and content fragments.</summary>
internal sealed record GoldTokenRelation(
    CueTokens Cue,
    IReadOnlyList<(int First, int Last)> Source,
    IReadOnlyList<(int First, int Last)> Content);

/// <summary>
/// Turns brat character spans into token runs: a token belongs to a span when they share a character. Spans
/// that cut a token (rare: PolNeAR spans follow word boundaries) therefore round outwards.
/// </summary>
internal static class GoldAlignment
{
    public static List<GoldTokenRelation> Align(LearningDocument doc, BratDocument gold)
    {
        var relations = new List<GoldTokenRelation>();
        foreach (var relation in gold.Relations)
        {
            var cue = relation.Cue.Select(s => Tokens(doc, s)).OfType<(int First, int Last)>().ToList();
            if (cue.Count == 0)
            {
                continue;
            }

            relations.Add(new GoldTokenRelation(
                new CueTokens(cue.Min(c => c.First), cue.Max(c => c.Last)),
                Runs(doc, relation.Source),
                Runs(doc, relation.Content)));
        }

        return relations;
    }

    /// <summary>Cue labels for the whole document: B at the first token of each gold cue, I after it.</summary>
    public static int[] CueLabels(LearningDocument doc, IEnumerable<GoldTokenRelation> relations)
    {
        var labels = new int[doc.Count];
        foreach (var cue in relations.Select(r => r.Cue).Distinct())
        {
            labels[cue.First] = BioLabels.Begin(0);
            for (var i = cue.First + 1; i <= cue.Last; i++)
            {
                labels[i] = BioLabels.Inside(0);
            }
        }

        return labels;
    }

    private static List<(int First, int Last)> Runs(LearningDocument doc, IReadOnlyList<TextSpan> fragments) =>
        fragments.Select(s => Tokens(doc, s)).OfType<(int First, int Last)>().OrderBy(r => r.First).ToList();

    private static (int First, int Last)? Tokens(LearningDocument doc, TextSpan span)
    {
        var tokens = doc.Analyzed.Tokens;
        int first = -1, last = -1;
        for (var i = FirstEndingAfter(tokens, span.Start); i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            if (tokens[i].Span.Overlaps(span))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : (first, last);
    }

    private static int FirstEndingAfter(IReadOnlyList<Token> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = tokens[middle].End <= position ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
