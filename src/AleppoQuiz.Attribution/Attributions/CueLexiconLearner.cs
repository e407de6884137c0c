using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Learns cue forms from a gold corpus: for each gold cue its head form ("has said" → "said",
/// "according to" kept whole), and how often that form appears outside quotations anywhere in the corpus.
/// The ratio tells the extractor how much to trust a form. Only counts are kept, never corpus text.
/// </summary>
public static class CueLexiconLearner
{
    public const string AccordingTo = "according to";

    // Auxiliaries and adverbs annotators often include before the verb that carries the cue.
    private static readonly HashSet<string> LeadingWords = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "is", "was", "were", "are", "be", "been", "did", "does", "do", "would",
        "will", "could", "not", "later", "then", "again", "repeatedly", "previously", "once", "just", "recently",
        "first", "further", "initially", "publicly", "privately", "often", "never", "already", "even", "still",
    };

    public static CueLexicon Learn(IEnumerable<(string Text, BratDocument Gold)> corpus, int minimumCueCount = 2)
    {
        var cueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, gold) in corpus)
        {
            foreach (var relation in gold.Relations.Where(r => r.Cue.Count > 0))
            {
                var cue = relation.Cue[0];
                if (cue.End <= text.Length && HeadForm(cue.Slice(text)) is { } form)
                {
                    cueCounts[form] = cueCounts.GetValueOrDefault(form) + 1;
                }
            }

            CountOccurrences(new AnalyzedText(text), occurrences);
        }

        return new CueLexicon(cueCounts
            .Where(pair => pair.Value >= minimumCueCount)
            .Select(pair => new CueEntry(pair.Key, pair.Value, Math.Max(pair.Value, occurrences.GetValueOrDefault(pair.Key)))));
    }

    /// <summary>The form a cue is counted under: the first word after auxiliaries, or "according to".</summary>
    public static string? HeadForm(string cueText)
    {
        var words = Tokenizer.Tokenize(cueText).Where(t => t.IsWord).Select(t => t.Lower).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count >= 2 && words[0] == "according" && words[1] == "to")
        {
            return AccordingTo;
        }

        var head = words.FirstOrDefault(w => !LeadingWords.Contains(w)) ?? words[^1];
        return head;
    }

    private static void CountOccurrences(AnalyzedText analyzed, Dictionary<string, int> occurrences)
    {
        var tokens = analyzed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || analyzed.IsQuoted(i))
            {
                continue;
            }

            var form = tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to"
                ? AccordingTo
                : tokens[i].Lower;
            occurrences[form] = occurrences.GetValueOrDefault(form) + 1;
        }
    }
}
