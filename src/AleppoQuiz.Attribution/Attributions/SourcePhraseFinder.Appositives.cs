using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>Appositives and brackets around a source name, kept or dropped as PolNeAR annotators do.</summary>
internal sealed partial class SourcePhraseFinder
{
    /// <summary>"Sen. Richard Blumenthal (D-Conn.)": a short bracket right after a name belongs to it.</summary>
    private int SkipBracketRight(int last, int limit)
    {
        if (last + 1 > limit || _tokens[last + 1].Text != "(")
        {
            return last;
        }

        for (var k = last + 2; k <= Math.Min(limit, last + 7); k++)
        {
            if (_tokens[k].Text == ")")
            {
                return k;
            }
        }

        return last;
    }

    /// <summary>
    /// '"…," said Amy Rao, the chief executive of …': an appositive after an inverted source runs to the
    /// end of the sentence and belongs to the source (its final full stop does not).
    /// </summary>
    private int TrailingAppositiveEnd(int last, int limit)
    {
        if (last + 2 > limit || _tokens[last + 1].Text != "," || !_tokens[last].IsCapitalized
            || IsParentheticalOpener(_tokens[last + 2]) || !OpensAppositive(_tokens[last + 2]) || analyzed.IsQuoted(last + 2))
        {
            return last;
        }

        var end = limit;
        while (end > last && _tokens[end].Text is "." or "!" or "?")
        {
            end--;
        }

        for (var k = last + 2; k <= end; k++)
        {
            if (analyzed.IsQuoted(k) || _tokens[k].Kind == TokenKind.Quote)
            {
                return last; // another quotation follows: the sentence goes on beyond the source
            }
        }

        return end;
    }

    private int OpeningBracket(int close, int limit)
    {
        for (var k = close - 1; k >= Math.Max(limit, close - 6); k--)
        {
            if (_tokens[k].Text == "(")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "NAME, APPOSITIVE[, APPOSITIVE]," before a cue: the whole phrase, closing comma included
    /// ("Jillian Chase, 27, a Tinder user in New York,"). A parenthetical that opens with a preposition
    /// ("Trump, in Kentucky, said") is not part of the source: the name alone is.
    /// </summary>
    private TokenRange? Appositive(int closingComma, int limit)
    {
        var floor = Math.Max(limit, closingComma - MaxAppositiveTokens);
        var segmentStart = closingComma;
        for (var k = closingComma - 1; k > floor; k--)
        {
            var token = _tokens[k];
            if (analyzed.IsQuoted(k) || token.Kind == TokenKind.Quote || token.Text is ";" or ":")
            {
                return null;
            }

            if (token.Text != ",")
            {
                continue;
            }

            var opener = _tokens[k + 1];
            if (k + 1 >= segmentStart || !OpensAppositive(opener))
            {
                return null;
            }

            // The name may start in lower case ("Ahmad al-Dbis"), so any capital letter will do.
            if (Backward(k - 1, limit) is { } head && (_tokens[k - 1].Text.Any(char.IsUpper) || _tokens[head.First].IsAny(WordLists.Determiners)))
            {
                return IsParentheticalOpener(opener)
                    ? head
                    : new TokenRange(head.First, closingComma);
            }

            segmentStart = k;
        }

        return null;
    }

    // "Trump, in Kentucky, said" and "Mr. Trump, asked about …, said": the aside is not part of the source.
    private static bool IsParentheticalOpener(Token opener) =>
        opener.Lower is "in" or "during" or "at" or "on" or "after" or "before" or "while" or "when"
        || (!opener.IsCapitalized && (opener.Lower.EndsWith("ing", StringComparison.Ordinal) || opener.Lower.EndsWith("ed", StringComparison.Ordinal)));

    private static bool OpensAppositive(Token opener) =>
        opener.IsAny(WordLists.Determiners) || opener.Kind == TokenKind.Number || opener.IsCapitalized
        || opener.Lower is "now" or "like" or "who" or "which" or "whose" or "including" or "himself" or "herself"
            or "in" or "during" or "at" or "on" or "speaking" or "after" or "before"
        || (opener.Kind == TokenKind.Word && !opener.IsAny(WordLists.PhraseBreakers));
}
