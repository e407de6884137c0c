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
                found.Add(new CueCandidate(new TokenRange(i, i), tokens[i].Lower));
            }
        }

        return found;
    }

    // "the report", "a statement": a determiner right before makes the form a noun, not a cue verb.
    private static bool IsNominalUse(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Lower is "the" or "a" or "an" or "this" or "that";
}
