namespace AleppoQuiz.Core.Game;

/// <summary>
/// The find-the-evidence scoring rule (docs/scoring.md, "Find the evidence"). A selection is found when the words
/// it shares with the evidence make up at least half of the longer of the two spans: it covers at least half of
/// the evidence, and at least half of it is evidence. Measuring against the longer span, not the shorter, is what
/// keeps both one tapped word and the whole passage from counting as found. Any smaller overlap earns partial
/// credit in proportion, overlap ÷ longer span, which always stays under one half.
/// </summary>
public static class EvidenceOverlap
{
    /// <summary>Whether the distinct ids form one unbroken run of words, in whatever order they were sent.</summary>
    public static bool IsOneRun(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count > 0 && ids.Max() - ids.Min() + 1 == ids.Count && ids.Distinct().Count() == ids.Count;
    }

    /// <summary>How many of the selected words lie inside the evidence, which is one unbroken run.</summary>
    public static int Overlap(IReadOnlyList<int> selection, IReadOnlyList<int> evidence)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            return 0;
        }

        int first = evidence.Min(), last = evidence.Max();
        return selection.Count(id => id >= first && id <= last);
    }

    /// <summary>1 when found, otherwise overlap ÷ the longer span's word count (0 when nothing overlaps).</summary>
    public static decimal Credit(IReadOnlyList<int> selection, IReadOnlyList<int> evidence)
    {
        var overlap = Overlap(selection, evidence);
        var longer = Math.Max(selection.Count, evidence.Count);
        if (overlap == 0 || longer == 0)
        {
            return 0m;
        }

        // Whole numbers decide "found", so no rounding can ever tip a selection over the line.
        return 2 * overlap >= longer ? 1m : overlap / (decimal)longer;
    }
}
