using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT according to X": the source runs
/// from "to" to the next comma or the sentence end, and the content is the rest of the sentence.
/// </summary>
internal sealed class AccordingToRule(AnalyzedText analyzed, SourcePhraseFinder phrases, ContentSpans content)
{
    private readonly IReadOnlyList<Token> _tokens = analyzed.Tokens;

    public RawAttribution? Apply(CueCandidate cue, Sentence sentence)
    {
        var sourceFirst = cue.Tokens.Last + 1;
        if (sourceFirst > sentence.Last)
        {
            return null;
        }

        var atStart = cue.Tokens.First == sentence.First
            || (cue.Tokens.First == sentence.First + 1 && _tokens[sentence.First].Lower is "but" or "and" or "yet" or "so");
        var comma = NextComma(sourceFirst, sentence);
        if (atStart)
        {
            if (comma < 0)
            {
                return null;
            }

            var source = TrimmedSource(sourceFirst, comma - 1);
            return Build(cue, source, content.Clause(comma + 1, sentence.Last));
        }

        var end = comma < 0 ? sentence.Last : comma - 1;
        var trailing = TrimmedSource(sourceFirst, end) ?? phrases.StartingAt(sourceFirst, sentence.Last);
        var before = content.Clause(sentence.First, cue.Tokens.First - 1);
        return Build(cue, trailing, before);
    }

    private RawAttribution? Build(CueCandidate cue, TokenRange? source, TextSpan? clause) =>
        clause is { } c && !c.IsEmpty ? new RawAttribution(source, cue.Tokens, [c], AttributionKind.AccordingTo) : null;

    /// <summary>The first unquoted comma that ends the source (list commas inside "A, B and C" excepted).</summary>
    private int NextComma(int from, Sentence sentence)
    {
        for (var k = from; k <= sentence.Last; k++)
        {
            if (_tokens[k].Text != "," || analyzed.IsQuoted(k))
            {
                continue;
            }

            var listContinues = k + 2 <= sentence.Last && IsListItemThenAnd(k + 1, sentence);
            if (!listContinues)
            {
                return k;
            }
        }

        return -1;
    }

    // "groups, rebels and activists": after the comma comes a short phrase ending in "and".
    private bool IsListItemThenAnd(int from, Sentence sentence)
    {
        for (var k = from; k <= Math.Min(sentence.Last, from + 4); k++)
        {
            if (_tokens[k].Lower == "and")
            {
                return k > from;
            }

            if (!_tokens[k].IsWord || _tokens[k].IsAny(WordLists.PhraseBreakers))
            {
                return false;
            }
        }

        return false;
    }

    private TokenRange? TrimmedSource(int first, int last)
    {
        while (last >= first && _tokens[last].Text is "." or "!" or "?" or "," or ")")
        {
            last--;
        }

        return last >= first && last - first < 30 ? new TokenRange(first, last) : null;
    }
}
