using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Features of the cue tagger, one sequence per sentence. Besides the word and its neighbours they describe
/// what makes a verb a reporting verb in news text: a closing quotation just before (<c>," he said</c>), a
/// capitalised name or pronoun around it, <c>that</c> or a colon after it, and whether it stands inside a
/// quotation (where a cue is far rarer).
/// </summary>
internal static class CueFeatures
{
    public static TagSequence Sentence(LearningDocument doc, Sentence sentence, int[]? gold)
    {
        var features = new int[sentence.Count][];
        var buffer = new List<int>(64);
        var hasQuote = Enumerable.Range(sentence.First, sentence.Count).Any(i => doc.IsMark[i]) ? "q" : "-";
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            buffer.Clear();
            Add(doc, sentence, i, hasQuote, buffer);
            features[i - sentence.First] = [.. buffer];
        }

        return new TagSequence(features, gold);
    }

    private static void Add(LearningDocument doc, Sentence s, int i, string hasQuote, List<int> f)
    {
        var (first, last) = (s.First, s.Last);
        var w = doc.Lower[i];
        var stem = doc.Stem[i];
        var quoted = doc.Quoted[i] ? "in" : "out";
        var previous = doc.LowerAt(i - 1, first, last);
        var next = doc.LowerAt(i + 1, first, last);

        One("bias", "");
        One("w", w);
        One("stem", stem);
        One("suf3", doc.Suffix3[i]);
        One("suf2", WordTraits.Suffix(w, 2));
        One("shape", doc.Shape[i]);
        One("w-1", previous);
        One("w+1", next);
        One("w-2", doc.LowerAt(i - 2, first, last));
        One("w+2", doc.LowerAt(i + 2, first, last));
        Two("w-1w", previous, w);
        Two("ww+1", w, next);
        Two("stem+1", stem, next);
        Two("stem-1", previous, stem);
        Two("w-2w-1", doc.LowerAt(i - 2, first, last), previous);
        Two("w+1w+2", next, doc.LowerAt(i + 2, first, last));
        Two("shape-1", doc.ShapeAt(i - 1, first, last), doc.Shape[i]);
        Two("shape+1", doc.Shape[i], doc.ShapeAt(i + 1, first, last));
        One("quoted", quoted);
        Two("quoted-stem", quoted, stem);
        Two("sent-quote", hasQuote, stem);
        One("first", i == first ? "1" : i - first < 3 ? "2" : "n");
        One("last", last - i < 2 ? "1" : "n");
        Two("mark-before", MarkWithin(doc, i - 3, i - 1) ? "1" : "0", stem);
        Two("mark-after", MarkWithin(doc, i + 1, i + 3) ? "1" : "0", stem);
        One("pref", WordTraits.Suffix(w, 3) == w ? w : w[..3]);

        // Word classes reach cue words seen rarely or never as cues in training: the class of "said" also holds
        // "acknowledged", "cautioned", "conceded" and "contended".
        var c = doc.Cluster[i];
        One("c4", WordClusters.Prefix(c, 4));
        One("c6", WordClusters.Prefix(c, 6));
        One("c8", WordClusters.Prefix(c, 8));
        One("c", c);
        One("c-1", doc.ClusterAt(i - 1, first, last));
        One("c+1", doc.ClusterAt(i + 1, first, last));
        Two("c-1c", WordClusters.Prefix(doc.ClusterAt(i - 1, first, last), 6), c);
        Two("cc+1", c, WordClusters.Prefix(doc.ClusterAt(i + 1, first, last), 6));
        Two("c w+1", c, next);
        Two("quoted-c", quoted, c);
        Two("mark-before-c", MarkWithin(doc, i - 3, i - 1) ? "1" : "0", c);
        Two("mark-after-c", MarkWithin(doc, i + 1, i + 3) ? "1" : "0", c);

        void One(string template, string a) => f.Add((int)FeatureHash.Of(template, a));

        void Two(string template, string a, string b) => f.Add((int)FeatureHash.Of(template, a, b));
    }

    private static bool MarkWithin(LearningDocument doc, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= Math.Min(doc.Count - 1, to); i++)
        {
            if (doc.IsMark[i])
            {
                return true;
            }
        }

        return false;
    }
}
