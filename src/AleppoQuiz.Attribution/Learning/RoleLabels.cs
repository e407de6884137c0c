namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Labels of the role tagger: BIO over two span types, source (type 0) and content (type 1). Gold runs are
/// written source first, then content, so where annotators let the two overlap the content reading wins.
/// </summary>
internal static class RoleLabels
{
    public const int Source = 0;
    public const int Content = 1;
    public const int SpanTypes = 2;

    public static int[] Gold(GoldTokenRelation relation, (int First, int Last) window)
    {
        var labels = new int[window.Last - window.First + 1];
        Write(labels, window, relation.Source, Source);
        Write(labels, window, relation.Content, Content);
        for (var i = relation.Cue.First; i <= relation.Cue.Last; i++)
        {
            if (i >= window.First && i <= window.Last)
            {
                labels[i - window.First] = BioLabels.Outside; // the cue is fixed to Outside when decoding too
            }
        }

        return Repair(labels);
    }

    private static void Write(int[] labels, (int First, int Last) window, IEnumerable<(int First, int Last)> runs, int type)
    {
        foreach (var run in runs)
        {
            for (var i = Math.Max(run.First, window.First); i <= Math.Min(run.Last, window.Last); i++)
            {
                labels[i - window.First] = i == run.First ? BioLabels.Begin(type) : BioLabels.Inside(type);
            }
        }
    }

    /// <summary>An Inside cut from its Begin (by the window edge, the cue or an overlap) becomes a Begin.</summary>
    public static int[] Repair(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (BioLabels.IsInside(labels[i]) && !BioLabels.Allowed(i == 0 ? -1 : labels[i - 1], labels[i]))
            {
                labels[i] = BioLabels.Begin(BioLabels.TypeOf(labels[i]));
            }
        }

        return labels;
    }
}
