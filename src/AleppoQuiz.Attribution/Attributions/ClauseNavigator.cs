using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>Small moves around a cue: over modifiers, addressees ("told AFP"), adverbials ("on Friday").</summary>
internal sealed class ClauseNavigator(AnalyzedText analyzed, SourcePhraseFinder phrases)
{
    private const int MaxAdverbialTokens = 8;
    private readonly IReadOnlyList<Token> _tokens = analyzed.Tokens;

    /// <summary>First token of "also has said" given the index of "said".</summary>
    public int SkipModifiersLeft(int cueFirst, Sentence sentence)
    {
        var start = cueFirst;
        while (start - 1 >= sentence.First && IsModifier(_tokens[start - 1]) && !analyzed.IsQuoted(start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>Steps left over a time adverbial between a source and its cue ("Clinton on Tuesday said").</summary>
    public int SkipTimeLeft(int index, Sentence sentence)
    {
        var k = index;
        var sawTime = false;
        while (k >= sentence.First && !analyzed.IsQuoted(k)
            && (WordLists.TimeWords.Contains(_tokens[k].Lower) || (sawTime && _tokens[k].Lower is "on" or "last" or "this" or "late" or "early" or "earlier")))
        {
            sawTime |= WordLists.TimeWords.Contains(_tokens[k].Lower);
            k--;
        }

        return sawTime && k >= sentence.First ? k : index;
    }

    // "also", "has", and adverbs in -ly ("strongly condemned").
    private static bool IsModifier(Token token) =>
        token.IsAny(WordLists.CueModifiers)
        || (token.Kind == TokenKind.Word && !token.IsCapitalized && token.Lower.Length > 4 && token.Lower.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>Steps left over ", meanwhile," between a source and its cue.</summary>
    public int SkipParentheticalLeft(int index, Sentence sentence) =>
        index - 2 >= sentence.First && _tokens[index].Text == "," && _tokens[index - 2].Text == ","
        && _tokens[index - 1].IsAny(WordLists.CueModifiers)
            ? index - 3
            : index;

    /// <summary>The quotation whose closing mark is at <paramref name="index"/> (or just before a comma there).</summary>
    public Quotation? QuotationClosingAt(int index, Sentence sentence)
    {
        // '"Why?" Trump said.' splits after the question mark, so the quote may end the previous sentence.
        if (index < sentence.First - 1 || index < 0)
        {
            return null;
        }

        if (index == sentence.First - 1 && !ContinuesQuoteSentence(index, sentence))
        {
            return null;
        }

        var mark = _tokens[index].Text == "," && index - 1 >= sentence.First ? index - 1 : index;
        return analyzed.QuotationAt(mark) is { } q && q.CloseToken == mark && _tokens[mark].Kind == TokenKind.Quote ? q : null;
    }

    // '"Why?" Trump said.' and '"… a chance." Trump said, …' split before the source: the quote still
    // belongs to it when it ends in ?/! or when it is a whole sentence in the same paragraph.
    private bool ContinuesQuoteSentence(int index, Sentence sentence)
    {
        if (index < 1 || _tokens[sentence.First].NewlineBefore)
        {
            return false;
        }

        if (_tokens[index - 1].Text is "?" or "!")
        {
            return true;
        }

        return analyzed.QuotationAt(index) is { } q && q.OpenToken == analyzed.SentenceOf(index).First;
    }

    public bool OpensQuotation(int index) =>
        index < _tokens.Count && analyzed.QuotationAt(index) is { } q && q.OpenToken == index;

    /// <summary>After "told", steps over the addressee ("told Reuters", "told the news agency").</summary>
    public int SkipAddressee(CueCandidate cue, int index, Sentence sentence)
    {
        if (!WordLists.TellVerbs.Contains(cue.Form) || index > sentence.Last)
        {
            return index;
        }

        if (_tokens[index].Lower is "him" or "her" or "them" or "us" or "me" or "reporters" or "journalists")
        {
            return index + 1;
        }

        return _tokens[index].Lower is "that" || phrases.StartingAt(index, sentence.Last) is not { } addressee
            ? index
            : addressee.Last + 1;
    }

    /// <summary>Steps over a short adverbial ("in a statement", "on Friday") when a boundary follows it.</summary>
    public int SkipAdverbial(int index, Sentence sentence)
    {
        if (index > sentence.Last || !_tokens[index].IsAny(WordLists.AdverbialStarters) || analyzed.IsQuoted(index))
        {
            return index;
        }

        for (var k = index + 1; k <= sentence.Last && k <= index + MaxAdverbialTokens; k++)
        {
            var token = _tokens[k];
            if (token.Lower == "that" || token.Text is "," or ":" or "." or "!" or "?" || OpensQuotation(k))
            {
                return k;
            }
        }

        return index;
    }
}
