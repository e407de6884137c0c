using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Content boundaries in PolNeAR style: a clause stops before the sentence's final full stop, and a
/// quotation keeps its marks. A quote goes on through following all-quoted sentences of its paragraph and
/// through the next paragraph when news style reopens it there.
/// </summary>
internal sealed class ContentSpans(AnalyzedText analyzed)
{
    private readonly IReadOnlyList<Token> _tokens = analyzed.Tokens;

    /// <summary>Tokens first..last as a span, dropping trailing unquoted sentence punctuation and commas.</summary>
    public TextSpan? Clause(int first, int last)
    {
        while (last >= first && !analyzed.IsQuoted(last) && _tokens[last].Text is "." or "!" or "?" or "," or ";" or ":" or "--" or "\u2014")
        {
            last--;
        }

        while (first <= last && _tokens[first].Text is "," or ":" or "--" or "\u2014")
        {
            first++;
        }

        return last >= first ? analyzed.SpanOf(first, last) : null;
    }

    /// <summary>
    /// The quotation and the ones that carry it on: all-quoted sentences right after
    /// <paramref name="afterToken"/> (the end of the attribution's sentence) or a reopened next paragraph.
    /// </summary>
    public List<TextSpan> QuotationWithContinuations(Quotation quotation, Func<int, bool> sentenceHasCue, int afterToken = -1)
    {
        var spans = new List<TextSpan> { quotation.Span };
        var after = Math.Max(afterToken, quotation.CloseToken);
        var closed = quotation.Closed;
        while (NextContinuation(after, closed, sentenceHasCue) is { } next)
        {
            spans.Add(next.Span);
            after = next.CloseToken;
            closed = next.Closed;
        }

        return spans;
    }

    private Quotation? NextContinuation(int after, bool closed, Func<int, bool> sentenceHasCue)
    {
        var nextToken = after + 1;
        while (nextToken < _tokens.Count && _tokens[nextToken].Text is "." or "!" or "?" && !_tokens[nextToken].NewlineBefore)
        {
            nextToken++;
        }

        if (nextToken >= _tokens.Count || analyzed.QuotationAt(nextToken) is not { } next || next.OpenToken != nextToken)
        {
            return null;
        }

        var sameParagraph = !_tokens[nextToken].NewlineBefore;
        var reopened = !closed && _tokens[nextToken].NewlineBefore;
        var sentence = analyzed.SentenceOf(nextToken);
        var wholeSentences = next.CloseToken >= analyzed.SentenceOf(next.CloseToken).Last - 1;
        return (sameParagraph || reopened) && wholeSentences && !sentenceHasCue(sentence.Index) ? next : null;
    }
}
