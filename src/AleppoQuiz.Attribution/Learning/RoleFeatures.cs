namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Features of the role tagger, which labels source and content words around one given cue. Every feature is
/// relative to that cue: which side of it the word is on, how far (in tokens and sentences), whether a
/// quotation, a comma or another cue lies between, and the cue's own words, so "X said" and "said X" and
/// "according to X" each learn their own shape.
/// </summary>
internal static class RoleFeatures
{
    public static TagSequence Window(
        LearningDocument doc, CueTokens cue, (int First, int Last) window, IReadOnlySet<int> otherCueTokens, int[]? gold)
    {
        var length = window.Last - window.First + 1;
        var features = new int[length][];
        var forced = new int[length];
        var context = new CueContext(doc, cue, otherCueTokens);
        var buffer = new List<int>(48);
        for (var i = window.First; i <= window.Last; i++)
        {
            buffer.Clear();
            context.Add(i, window.First, window.Last, buffer);
            features[i - window.First] = [.. buffer];
            forced[i - window.First] = i >= cue.First && i <= cue.Last ? BioLabels.Outside : -1;
        }

        return new TagSequence(features, gold, forced);
    }

    /// <summary>Distance in tokens, exact when small and in widening bands further away.</summary>
    public static string Band(int distance) => distance switch
    {
        <= 5 => distance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        <= 8 => "6-8",
        <= 15 => "9-15",
        <= 30 => "16-30",
        <= 60 => "31-60",
        _ => "far",
    };
}
