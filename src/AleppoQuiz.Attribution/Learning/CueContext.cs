using System.Globalization;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Precomputed facts about one cue (its words, its sentence, the quotation it stands in) and the per-word
/// features relative to it, see <see cref="RoleFeatures"/>.
/// </summary>
internal sealed class CueContext(LearningDocument doc, CueTokens cue, IReadOnlySet<int> otherCueTokens)
{
    private readonly string _cueKey = cue.First == cue.Last
        ? doc.Stem[cue.First]
        : doc.Stem[cue.First] + "_" + doc.Stem[cue.Last];

    private readonly string _cueHead = doc.Stem[cue.Last];
    private readonly string _afterCue = cue.Last + 1 < doc.Count ? doc.Lower[cue.Last + 1] : LearningDocument.After;
    private readonly string _beforeCue = cue.First > 0 ? doc.Lower[cue.First - 1] : LearningDocument.Before;
    private readonly string _cueCluster = doc.Cluster[cue.Last];
    private readonly string _cueQuoted = doc.Quoted[cue.First] ? "cq" : "cu";

    public void Add(int i, int first, int last, List<int> f)
    {
        var side = i < cue.First ? "L" : i > cue.Last ? "R" : "C";
        var distance = i < cue.First ? cue.First - i : i > cue.Last ? i - cue.Last : 0;
        var band = side + RoleFeatures.Band(distance);
        var sentences = Math.Clamp(doc.Sentence[i] - doc.Sentence[cue.First], -3, 3).ToString(CultureInfo.InvariantCulture);
        var w = doc.Lower[i];
        var (marks, commas, cues) = Between(i);
        var quoted = (doc.Quoted[i] ? "q" : "u") + _cueQuoted;

        Add("band", band, "");
        Add("sent", side, sentences);
        Add("sent-band", sentences, band);
        Add("w", side, w);
        Add("w-band", band, w);
        Add("stem", side, doc.Stem[i]);
        Add("shape", side, doc.Shape[i]);
        Add("suf3", side, doc.Suffix3[i]);
        Add("w-1", side, doc.LowerAt(i - 1, first, last));
        Add("w+1", side, doc.LowerAt(i + 1, first, last));
        Add("w-1w", side, doc.LowerAt(i - 1, first, last) + " " + w);
        Add("cue", side, _cueKey);
        Add("cue-band", _cueKey, band);
        Add("cue-sent", _cueKey, side + sentences);
        Add("head-w", _cueHead, side + w);
        Add("after-cue", _afterCue, band);
        Add("before-cue", _beforeCue, band);
        Add("quoted", band, quoted);
        Add("quoted-sent", quoted, side + sentences);
        Add("marks", side + marks, band);
        Add("commas", side + commas, sentences);
        Add("cues-between", side + cues, sentences);
        Add("between", side + marks + commas + cues, _cueKey);
        Add("mark-w", side + marks, w);
        Add("sent-edge", side, SentenceEdge(i) + w);
        Add("para", side, doc.Analyzed.SentenceOf(i).Paragraph == doc.Analyzed.SentenceOf(cue.First).Paragraph ? "same" : "other");

        // Word classes: a source is a name or title, content often opens with a pronoun or "that", and an
        // unseen cue word still shares its class with the cues it behaves like.
        var c = doc.Cluster[i];
        Add("c", side, c);
        Add("c6-band", band, WordClusters.Prefix(c, 6));
        Add("c-1", side, doc.ClusterAt(i - 1, first, last));
        Add("c+1", side, doc.ClusterAt(i + 1, first, last));
        Add("cuec-band", _cueCluster, band);
        Add("cuec-c", _cueCluster, side + c);
        Add("cuec-sent", _cueCluster, side + sentences);

        void Add(string template, string a, string b) => f.Add((int)FeatureHash.Of(template, a, b));
    }

    /// <summary>Quote marks, commas and other cue words between the word and the cue, capped.</summary>
    private (string Marks, string Commas, string Cues) Between(int i)
    {
        var (from, to) = i < cue.First ? (i + 1, cue.First - 1) : (cue.Last + 1, i - 1);
        int marks = 0, commas = 0, cues = 0;
        for (var j = from; j <= to; j++)
        {
            marks += doc.IsMark[j] ? 1 : 0;
            commas += doc.Lower[j] is "," or ":" ? 1 : 0;
            cues += otherCueTokens.Contains(j) ? 1 : 0;
        }

        return (Math.Min(marks, 3).ToString(CultureInfo.InvariantCulture),
            Math.Min(commas, 2).ToString(CultureInfo.InvariantCulture),
            Math.Min(cues, 1).ToString(CultureInfo.InvariantCulture));
    }

    private string SentenceEdge(int i)
    {
        var sentence = doc.Analyzed.SentenceOf(i);
        return i == sentence.First ? "^" : i == sentence.Last ? "$" : i == sentence.Last - 1 ? "$-1" : "";
    }
}
