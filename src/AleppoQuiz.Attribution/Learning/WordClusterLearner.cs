using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Learns word classes from unlabelled text so the taggers can generalise to words seen rarely or never as
/// cues: a word is described by the words just before and after it (counts over the most frequent words,
/// log-damped and length-normalised), and the vocabulary is split in two again and again by spherical 2-means.
/// The path of splits is a bit string, so like Brown clusters a prefix names a coarser class ("said" and
/// "warned" share all ten bits, "said" and "Friday" differ from the first). Deterministic: no random start.
/// </summary>
public static class WordClusterLearner
{
    public static IReadOnlyDictionary<string, string> Learn(
        IEnumerable<string> texts, int minimumCount = 3, int contextWords = 400, int depth = 10)
    {
        var documents = texts.Select(t => new AnalyzedText(t).Tokens.Select(k => k.Lower).ToArray()).ToList();
        var counts = documents.SelectMany(d => d).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byFrequency = counts.Where(c => c.Value >= minimumCount)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        var context = byFrequency.Take(contextWords).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var row = byFrequency.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

        // Left neighbours in the first half of a vector, right neighbours in the second.
        var dims = 2 * contextWords;
        var vectors = new float[byFrequency.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = new float[dims];
        }

        foreach (var doc in documents)
        {
            for (var i = 0; i < doc.Length; i++)
            {
                if (!row.TryGetValue(doc[i], out var r))
                {
                    continue;
                }

                if (i > 0 && context.TryGetValue(doc[i - 1], out var left))
                {
                    vectors[r][left]++;
                }

                if (i + 1 < doc.Length && context.TryGetValue(doc[i + 1], out var right))
                {
                    vectors[r][contextWords + right]++;
                }
            }
        }

        foreach (var v in vectors)
        {
            Normalise(v);
        }

        var bits = new string[vectors.Length];
        Split(vectors, [.. Enumerable.Range(0, vectors.Length)], "", depth, bits);
        return byFrequency.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => bits[p.i], StringComparer.Ordinal);
    }

    private static void Normalise(float[] v)
    {
        double norm = 0;
        for (var k = 0; k < v.Length; k++)
        {
            v[k] = MathF.Log(1 + v[k]);
            norm += v[k] * v[k];
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (var k = 0; k < v.Length; k++)
        {
            v[k] *= scale;
        }
    }

    /// <summary>Splits the members (most frequent first) in two until depth runs out or one word is left.</summary>
    private static void Split(float[][] vectors, int[] members, string path, int depth, string[] bits)
    {
        if (depth == 0 || members.Length < 2)
        {
            foreach (var m in members)
            {
                bits[m] = path;
            }

            return;
        }

        // Seeds: the most frequent member, and the most frequent of those least like it (never a word without
        // any counted neighbour, whose vector is zero and would attract nothing).
        var a = (float[])vectors[members[0]].Clone();
        var b = (float[])vectors[members.Where(m => Dot(vectors[m], vectors[m]) > 0).MinBy(m => Dot(vectors[m], a))].Clone();
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < 8; iteration++)
        {
            for (var j = 0; j < members.Length; j++)
            {
                side[j] = Dot(vectors[members[j]], b) > Dot(vectors[members[j]], a);
            }

            (a, b) = (Centroid(vectors, members, side, false), Centroid(vectors, members, side, true));
            Scale(a);
            Scale(b);
        }

        var zero = members.Where((_, j) => !side[j]).ToArray();
        var one = members.Where((_, j) => side[j]).ToArray();
        if (zero.Length == 0 || one.Length == 0)
        {
            Split(vectors, members, path, 0, bits);
            return;
        }

        Split(vectors, zero, path + "0", depth - 1, bits);
        Split(vectors, one, path + "1", depth - 1, bits);
    }

    private static float[] Centroid(float[][] vectors, int[] members, bool[] side, bool which)
    {
        var c = new float[vectors[0].Length];
        for (var j = 0; j < members.Length; j++)
        {
            if (side[j] == which)
            {
                var v = vectors[members[j]];
                for (var k = 0; k < c.Length; k++)
                {
                    c[k] += v[k];
                }
            }
        }

        return c;
    }

    /// <summary>Unit length, so a side's size does not pull words towards it.</summary>
    private static void Scale(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        for (var k = 0; norm > 0 && k < v.Length; k++)
        {
            v[k] /= norm;
        }
    }

    private static float Dot(float[] x, float[] y)
    {
        var s = 0f;
        for (var k = 0; k < x.Length; k++)
        {
            s += x[k] * y[k];
        }

        return s;
    }
}
