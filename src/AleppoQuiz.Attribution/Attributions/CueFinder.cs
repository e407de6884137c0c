using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>A cue found in the text: its tokens and the lexicon form it matched.</summary>
internal sealed record CueCandidate(TokenRange Tokens, string Form);

/// <summary>
/// Marks cue words outside quotations: "according to", and forms whose learned cue rate clears the
/// threshold. Words inside quotations are the speaker's, not the reporter's, so they are never cues.
/// </summary>
internal sealed class CueFinder(CueLexicon lexicon, ExtractorSettings settings)
{
    public bool IsCueWord(Token token) =>
        lexicon.Find(token.Lower) is { } entry && entry.Score >= settings.MinimumCueScore
        && entry.CueCount >= settings.MinimumCueCount;

    public IReadOnlyList<CueCandidate> Find(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var found = new List<CueCandidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || analyzed.IsQuoted(i))
            {
                continue;
            }

            if (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                found.Add(new CueCandidate(new TokenRange(i, i + 1), CueLexiconLearner.AccordingTo));
                i++;
            }
            else if (IsCueWord(tokens[i]) && !IsNominalUse(tokens, i))
            {
                found.Add(new CueCandidate(Extend(analyzed, i), tokens[i].Lower));
            }
        }

        return found;
    }

    /// <summary>
    /// Widens a head word to the multi-word cue annotators most often mark around it ("has said",
    /// "said in a statement", "called for", "said:"), when that phrase was a cue in most of its occurrences.
    /// </summary>
    private TokenRange Extend(AnalyzedText analyzed, int head)
    {
        var tokens = analyzed.Tokens;
        var best = new TokenRange(head, head);
        var bestScore = settings.MinimumPhraseScore;
        var sentence = analyzed.SentenceOf(head);
        for (var first = Math.Max(sentence.First, head - 3); first <= head; first++)
        {
            for (var last = head; last <= Math.Min(sentence.Last, first + CueLexiconLearner.MaxPhraseTokens - 1); last++)
            {
                if ((first == head && last == head) || Enumerable.Range(first, last - first + 1).Any(analyzed.IsQuoted))
                {
                    continue;
                }

                var form = CueLexiconLearner.JoinForm(Enumerable.Range(first, last - first + 1).Select(k => tokens[k].Lower));
                if (lexicon.Find(form) is { } entry && entry.CueCount >= settings.MinimumCueCount && entry.Score > bestScore)
                {
                    best = new TokenRange(first, last);
                    bestScore = entry.Score;
                }
            }
        }

        return best;
    }

    // "the report", "a statement": a determiner right before makes the form a noun, not a cue verb.
    private static bool IsNominalUse(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Lower is "the" or "a" or "an" or "this" or "that";
}
