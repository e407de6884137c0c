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
        "first", "further", "initially", "publicly", "privately", "often", "never", "already", "even", "still", "to",
    };

    /// <summary>Longest multi-word cue form counted ("said in a statement").</summary>
    public const int MaxPhraseTokens = 5;

    /// <summary>
    /// Counts two kinds of forms: head words ("said", from "has said" too) and whole multi-word cues
    /// ("said in a statement", "called for"), each against its occurrences outside quotations.
    /// </summary>
    public static CueLexicon Learn(IEnumerable<(string Text, BratDocument Gold)> corpus, int minimumCueCount = 2)
    {
        var cueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var analyzedCorpus = new List<AnalyzedText>();
        foreach (var (text, gold) in corpus)
        {
            foreach (var relation in gold.Relations.Where(r => r.Cue.Count > 0))
            {
                var cue = relation.Cue[0];
                if (cue.End > text.Length)
                {
                    continue;
                }

                if (HeadForm(cue.Slice(text)) is { } form)
                {
                    cueCounts[form] = cueCounts.GetValueOrDefault(form) + 1;
                }

                if (PhraseForm(cue.Slice(text)) is { } phrase)
                {
                    cueCounts[phrase] = cueCounts.GetValueOrDefault(phrase) + 1;
                }
            }

            analyzedCorpus.Add(new AnalyzedText(text));
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var analyzed in analyzedCorpus)
        {
            CountOccurrences(analyzed, occurrences, cueCounts);
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

        // "strongly condemned": an adverb in -ly before the verb is not the head.
        var head = words.Take(words.Count - 1).FirstOrDefault(w => !LeadingWords.Contains(w) && !w.EndsWith("ly", StringComparison.Ordinal))
            ?? words[^1];
        return head;
    }

    /// <summary>The whole cue as a form when it has several tokens ("said in a statement", "said :").</summary>
    public static string? PhraseForm(string cueText)
    {
        var tokens = Tokenizer.Tokenize(cueText);
        return tokens.Count is >= 2 and <= MaxPhraseTokens ? JoinForm(tokens.Select(t => t.Lower)) : null;
    }

    public static string JoinForm(IEnumerable<string> lowerTokens) => string.Join(' ', lowerTokens);

    private static void CountOccurrences(AnalyzedText analyzed, Dictionary<string, int> occurrences, Dictionary<string, int> forms)
    {
        var tokens = analyzed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (analyzed.IsQuoted(i))
            {
                continue;
            }

            var words = new List<string>(MaxPhraseTokens);
            for (var j = i; j < tokens.Count && j < i + MaxPhraseTokens && !analyzed.IsQuoted(j); j++)
            {
                words.Add(tokens[j].Lower);
                var form = JoinForm(words);
                if (forms.ContainsKey(form))
                {
                    occurrences[form] = occurrences.GetValueOrDefault(form) + 1;
                }
            }
        }
    }
}
