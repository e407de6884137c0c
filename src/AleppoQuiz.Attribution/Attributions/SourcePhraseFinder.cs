using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Finds the source noun phrase next to a cue without a parser: leftwards for "X said", rightwards for
/// "said X". A phrase runs over names, titles, nouns and "of"/"for", opens at a determiner, and stops at
/// function words, verbs of saying, punctuation and quotations. PolNeAR sources keep determiners, titles
/// and appositives, including the appositive's closing comma ("Munir al Sayal, the head of …,").
/// </summary>
internal sealed partial class SourcePhraseFinder(AnalyzedText analyzed, Func<Token, bool> isCueWord)
{
    private const int MaxAppositiveTokens = 24;
    private readonly IReadOnlyList<Token> _tokens = analyzed.Tokens;

    /// <summary>The phrase ending at <paramref name="last"/> (inclusive), not before <paramref name="limit"/>.</summary>
    public TokenRange? EndingAt(int last, int limit)
    {
        if (last < limit || analyzed.IsQuoted(last))
        {
            return null;
        }

        var token = _tokens[last];
        if (token.IsAny(WordLists.PersonalPronouns) || token.IsAny(WordLists.RelativePronouns))
        {
            return new TokenRange(last, last);
        }

        return token.Text == "," ? Appositive(last, limit) : Backward(last, limit);
    }

    /// <summary>The phrase starting at <paramref name="first"/>, not after <paramref name="limit"/>.</summary>
    public TokenRange? StartingAt(int first, int limit)
    {
        if (first > limit || analyzed.IsQuoted(first))
        {
            return null;
        }

        if (_tokens[first].IsAny(WordLists.PersonalPronouns))
        {
            return new TokenRange(first, first);
        }

        var last = first - 1;
        for (var k = first; k <= limit && IsPhraseWord(k, allowDeterminer: true); k++)
        {
            last = k;
        }

        while (last >= first && (_tokens[last].IsAny(WordLists.PhraseInternal) || _tokens[last].IsAny(WordLists.Determiners)))
        {
            last--; // "said X of" → "said X"
        }

        if (last < first)
        {
            return null;
        }

        last = SkipBracketRight(last, limit);
        return new TokenRange(first, TrailingAppositiveEnd(last, limit));
    }

    private TokenRange? Backward(int last, int limit)
    {
        var first = -1;
        var sawAnd = false;
        for (var k = last; k >= limit; k--)
        {
            var token = _tokens[k];
            if (token.Lower is "and" or "&")
            {
                var joinsNames = !sawAnd && first > 0 && k > limit && _tokens[k - 1].IsCapitalized
                    && (_tokens[first].IsCapitalized || _tokens[first].IsAny(WordLists.Determiners));
                if (!joinsNames)
                {
                    break;
                }

                sawAnd = true;
                continue;
            }

            if (token.Text == ")" && first < 0 && OpeningBracket(k, limit) is var open and >= 0)
            {
                first = open;
                k = open;
                continue; // "Sen. Richard Blumenthal (D-Conn.) said"
            }

            if (IsPrepositionInsideName(k, first, limit))
            {
                continue; // "the Russian Reconciliation Center in Syria"
            }

            if (!IsPhraseWord(k, allowDeterminer: true))
            {
                break;
            }

            first = k;
            if (token.IsAny(WordLists.Determiners) && !IsNamePart(k - 1, limit))
            {
                break; // the phrase opens here
            }
        }

        while (first >= 0 && first <= last && _tokens[first].IsAny(WordLists.PhraseInternal))
        {
            first++;
        }

        return first >= 0 && first <= last ? new TokenRange(first, last) : null;
    }

    private bool IsPrepositionInsideName(int k, int first, int limit) =>
        _tokens[k].Lower is "in" or "at" or "on" or "from" && first == k + 1 && k > limit
        && _tokens[k + 1].IsCapitalized && _tokens[k - 1].IsCapitalized && !analyzed.IsQuoted(k - 1)
        && k - 1 > analyzed.SentenceOf(k).First;

    private bool IsPhraseWord(int k, bool allowDeterminer)
    {
        var token = _tokens[k];
        if (analyzed.IsQuoted(k) || !token.IsWord)
        {
            return false;
        }

        if (token.IsAny(WordLists.PhraseInternal) && token.Lower is "of" or "for")
        {
            return true;
        }

        if (token.IsAny(WordLists.Determiners))
        {
            return allowDeterminer;
        }

        if (token.Text.Length >= 2 && token.Text.All(char.IsUpper))
        {
            return true; // an acronym ("WHO representative"), not the pronoun
        }

        if (token.IsAny(WordLists.PhraseBreakers) || (!token.IsCapitalized && isCueWord(token)))
        {
            return false;
        }

        return token.IsCapitalized || !token.Lower.EndsWith("ly", StringComparison.Ordinal);
    }

    private bool IsNamePart(int k, int limit) =>
        k >= limit && _tokens[k].IsCapitalized && !analyzed.IsQuoted(k) && !_tokens[k].IsAny(WordLists.PhraseBreakers)
        && !_tokens[k].IsAny(WordLists.Determiners) && k > analyzed.SentenceOf(k).First;
}
