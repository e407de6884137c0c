namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// A linear sequence tagger: per position, each firing feature bucket adds a weight per label; label bigrams add
/// a transition weight; <see cref="ViterbiDecoder"/> finds the best labelling that respects BIO order.
/// Weights are laid out bucket by bucket (all labels of a bucket side by side) so one lookup serves every label.
/// </summary>
internal sealed class LinearTagger
{
    public LinearTagger(int labels, int hashBits, float[] emission, float[] transitions)
    {
        if (emission.Length != (1 << hashBits) * labels || transitions.Length != (labels + 1) * labels)
        {
            throw new ArgumentException("Weight tables do not match the label count and hash size.");
        }

        Labels = labels;
        HashBits = hashBits;
        Emission = emission;
        Transitions = transitions;
    }

    public int Labels { get; }

    public int HashBits { get; }

    /// <summary>Weight of bucket b for label y at [b * Labels + y].</summary>
    public float[] Emission { get; }

    /// <summary>Weight of label y after label p at [(p + 1) * Labels + y]; row 0 is the sequence start.</summary>
    public float[] Transitions { get; }

    /// <summary>Best labelling; <paramref name="labelBias"/> (one value per label) is added at every position,
    /// which trades precision for recall without retraining.</summary>
    public int[] Decode(TagSequence sequence, float[]? labelBias = null) =>
        ViterbiDecoder.Decode(sequence, Emission, Transitions, Labels, HashBits, labelBias);
}

/// <summary>Best label sequence under emission and transition weights, with BIO order and forced labels.</summary>
internal static class ViterbiDecoder
{
    public static int[] Decode(
        TagSequence sequence, float[] emission, float[] transitions, int labels, int hashBits, float[]? labelBias = null)
    {
        var n = sequence.Length;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var mask = (1 << hashBits) - 1;
        var score = new double[n * labels];
        var back = new int[n * labels];
        var local = new double[labels];
        for (var i = 0; i < n; i++)
        {
            Emit(sequence.Features[i], emission, labels, mask, local);
            for (var y = 0; labelBias is not null && y < labels; y++)
            {
                local[y] += labelBias[y];
            }

            var forced = sequence.Forced?[i] ?? -1;
            for (var y = 0; y < labels; y++)
            {
                var best = double.NegativeInfinity;
                var arg = -1;
                if (forced < 0 || forced == y)
                {
                    var previousLabels = i == 0 ? 1 : labels;
                    for (var p = 0; p < previousLabels; p++)
                    {
                        var prev = i == 0 ? -1 : p;
                        var before = i == 0 ? 0 : score[((i - 1) * labels) + p];
                        if (!BioLabels.Allowed(prev, y) || double.IsNegativeInfinity(before))
                        {
                            continue;
                        }

                        var candidate = before + transitions[((prev + 1) * labels) + y];
                        if (candidate > best)
                        {
                            (best, arg) = (candidate, prev);
                        }
                    }
                }

                score[(i * labels) + y] = best + local[y];
                back[(i * labels) + y] = arg;
            }
        }

        var last = 0;
        for (var y = 1; y < labels; y++)
        {
            last = score[((n - 1) * labels) + y] > score[((n - 1) * labels) + last] ? y : last;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[(i * labels) + last];
        }

        return result;
    }

    private static void Emit(int[] features, float[] emission, int labels, int mask, double[] local)
    {
        Array.Clear(local);
        foreach (var feature in features)
        {
            var row = (feature & mask) * labels;
            for (var y = 0; y < labels; y++)
            {
                local[y] += emission[row + y];
            }
        }
    }
}
