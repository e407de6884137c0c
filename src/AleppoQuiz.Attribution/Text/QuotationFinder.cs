namespace AleppoQuiz.Attribution.Text;

/// <summary>
/// Pairs double quote marks across a document. Curly and doubled marks say which side they are on;
/// a straight mark opens when nothing is open and closes otherwise. A paragraph break ends any open
/// quotation, which stops one stray mark from inverting the rest of the article.
/// </summary>
public static class QuotationFinder
{
    public static IReadOnlyList<Quotation> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<Quotation>();
        var open = -1;
        var lastInParagraph = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.NewlineBefore && open >= 0)
            {
                AddUnclosed(found, tokens, open, lastInParagraph);
                open = -1;
            }

            lastInParagraph = i;
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var mark = token.Text;
            if (open < 0 && (QuoteMarks.Opens(mark) || QuoteMarks.Toggles(mark)))
            {
                open = i;
            }
            else if (open >= 0 && (QuoteMarks.Closes(mark) || QuoteMarks.Toggles(mark)))
            {
                found.Add(new Quotation(open, i, new TextSpan(tokens[open].Start, token.End), Closed: true));
                open = -1;
            }
            else if (open >= 0 && QuoteMarks.Opens(mark))
            {
                open = i; // an opening mark while open: the earlier one never closed, trust the newer one
            }
        }

        if (open >= 0)
        {
            AddUnclosed(found, tokens, open, tokens.Count - 1);
        }

        return found;
    }

    private static void AddUnclosed(List<Quotation> found, IReadOnlyList<Token> tokens, int open, int last)
    {
        if (last > open)
        {
            found.Add(new Quotation(open, last, new TextSpan(tokens[open].Start, tokens[last].End), Closed: false));
        }
    }

    /// <summary>For each token, the index of the quotation containing it, or -1.</summary>
    public static int[] MapTokens(IReadOnlyList<Quotation> quotations, int tokenCount)
    {
        var map = Enumerable.Repeat(-1, tokenCount).ToArray();
        for (var q = 0; q < quotations.Count; q++)
        {
            for (var i = quotations[q].OpenToken; i <= quotations[q].CloseToken; i++)
            {
                map[i] = q;
            }
        }

        return map;
    }
}
