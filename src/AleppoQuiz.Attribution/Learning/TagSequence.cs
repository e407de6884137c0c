namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// One sequence to tag: for each position the hashed feature buckets that fire there, the gold labels when the
/// sequence comes from training data, and positions whose label is fixed in advance (the cue itself, when the
/// role tagger labels the words around it).
/// </summary>
internal sealed class TagSequence(int[][] features, int[]? gold = null, int[]? forced = null)
{
    public int[][] Features { get; } = features;

    public int[]? Gold { get; } = gold;

    /// <summary>Per position the only label allowed, or -1 when any label is.</summary>
    public int[]? Forced { get; } = forced;

    public int Length => Features.Length;
}

/// <summary>
/// A BIO label set over one or more span types: label 0 is Outside, then Begin and Inside for each type.
/// Inside may only follow Begin or Inside of the same type, which the decoder enforces.
/// </summary>
internal sealed class BioLabels(int spanTypes)
{
    public const int Outside = 0;

    public int Count { get; } = 1 + (2 * spanTypes);

    public static int Begin(int type) => 1 + (2 * type);

    public static int Inside(int type) => 2 + (2 * type);

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static int TypeOf(int label) => (label - 1) / 2;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1: sequence start).</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    /// <summary>The runs [first, last] of each span type in a label sequence.</summary>
    public static List<(int Type, int First, int Last)> Runs(IReadOnlyList<int> labels)
    {
        var runs = new List<(int, int, int)>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == Outside)
            {
                continue;
            }

            var type = TypeOf(labels[i]);
            var last = i;
            while (last + 1 < labels.Count && labels[last + 1] == Inside(type))
            {
                last++;
            }

            runs.Add((type, i, last));
            i = last;
        }

        return runs;
    }
}
