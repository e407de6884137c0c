using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>
/// Compares predicted attributions with one gold brat document, role by role. Each relation contributes
/// one item per role it has (a relation without source contributes no source item). An item is a list of
/// fragments; "exact" needs the same fragments, "overlap" any shared character. Items are matched one to
/// one, greedily in text order, so two predictions cannot both claim one gold span.
/// </summary>
public static class AttributionScorer
{
    public static AttributionScore Score(IReadOnlyList<SpeechAttribution> predicted, BratDocument gold)
    {
        var predictedSources = predicted.Where(p => p.Source is not null).Select(p => Spans(p.Source!)).ToList();
        var predictedCues = predicted.Select(p => Spans(p.Cue)).ToList();
        var predictedContents = predicted.Select(p => p.ContentFragments.Select(f => new TextSpan(f.Start, f.End)).ToList())
            .Cast<IReadOnlyList<TextSpan>>().ToList();

        return Score(predictedSources, predictedCues, predictedContents, gold);
    }

    /// <summary>Scores one annotator's file as if it were a prediction against another's (their agreement).</summary>
    public static AttributionScore Score(BratDocument other, BratDocument gold) => Score(
        [.. other.Relations.Select(r => r.Source)],
        [.. other.Relations.Select(r => r.Cue)],
        [.. other.Relations.Select(r => r.Content)],
        gold);

    private static AttributionScore Score(
        IReadOnlyList<IReadOnlyList<TextSpan>> sources,
        IReadOnlyList<IReadOnlyList<TextSpan>> cues,
        IReadOnlyList<IReadOnlyList<TextSpan>> contents,
        BratDocument gold) => new(
            ScoreRole(sources, gold.Relations.Select(r => r.Source)),
            ScoreRole(cues, gold.Relations.Select(r => r.Cue)),
            ScoreRole(contents, gold.Relations.Select(r => r.Content)));

    public static RoleScore ScoreRole(IReadOnlyList<IReadOnlyList<TextSpan>> predicted, IEnumerable<IReadOnlyList<TextSpan>> gold)
    {
        var goldItems = gold.Where(g => g.Count > 0).OrderBy(g => g[0].Start).ToList();
        var predictedItems = predicted.Where(p => p.Count > 0).OrderBy(p => p[0].Start).ToList();
        return new RoleScore(
            new MatchCounts(predictedItems.Count, goldItems.Count, CountMatches(predictedItems, goldItems, SameFragments)),
            new MatchCounts(predictedItems.Count, goldItems.Count, CountMatches(predictedItems, goldItems, Overlap)));
    }

    private static IReadOnlyList<TextSpan> Spans(SpanText piece) => [new TextSpan(piece.Start, piece.End)];

    private static int CountMatches(
        List<IReadOnlyList<TextSpan>> predicted,
        List<IReadOnlyList<TextSpan>> gold,
        Func<IReadOnlyList<TextSpan>, IReadOnlyList<TextSpan>, bool> matches)
    {
        var used = new bool[gold.Count];
        var matched = 0;
        foreach (var item in predicted)
        {
            var index = Enumerable.Range(0, gold.Count).FirstOrDefault(g => !used[g] && matches(item, gold[g]), -1);
            if (index >= 0)
            {
                used[index] = true;
                matched++;
            }
        }

        return matched;
    }

    private static bool SameFragments(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) =>
        a.Count == b.Count && a.OrderBy(s => s.Start).SequenceEqual(b.OrderBy(s => s.Start));

    private static bool Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) =>
        a.Any(x => b.Any(x.Overlaps));
}
