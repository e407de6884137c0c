namespace AleppoQuiz.Attribution.Text;

/// <summary>
/// Splits article text into words, numbers, punctuation and quote marks, keeping character offsets.
/// Words keep inner apostrophes and hyphens ("Shi'ite", "al-Foua"), numbers keep thousands separators
/// ("8,500"), and known abbreviations keep their dot ("Mr.", "U.S.") so the sentence splitter can trust dots.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var newline = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newline |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var (end, kind) = Scan(text, i);
            tokens.Add(new Token(i, end, kind, text[i..end], newline));
            newline = false;
            i = end;
        }

        return tokens;
    }

    private static (int End, TokenKind Kind) Scan(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return ScanWord(text, i);
        }

        if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
        {
            return (i + 2, TokenKind.Quote); // NYT style '' quotes
        }

        if (c == '`' && i + 1 < text.Length && text[i + 1] == '`')
        {
            return (i + 2, TokenKind.Quote);
        }

        if (QuoteMarks.IsQuote(c))
        {
            return (i + 1, TokenKind.Quote);
        }

        if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
        {
            return (i + 3, TokenKind.Punctuation);
        }

        if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
        {
            return (i + 2, TokenKind.Punctuation);
        }

        return (i + 1, TokenKind.Punctuation);
    }

    private static (int End, TokenKind Kind) ScanWord(string text, int start)
    {
        var i = start;
        var digitsOnly = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                digitsOnly &= char.IsDigit(c);
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var joinsLetters = c is '\'' or '\u2019' or '-' or '&' && char.IsLetterOrDigit(next);
            var joinsDigits = c is ',' or '.' && digitsOnly && char.IsDigit(next) && i > start;
            var innerDot = c == '.' && char.IsLetter(next) && i + 2 < text.Length && text[i + 2] == '.';
            if (joinsLetters || joinsDigits || innerDot)
            {
                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && text[i] == '.' && Abbreviations.EndsWithAbbreviationDot(text, start, i))
        {
            i++;
        }

        return (i, digitsOnly ? TokenKind.Number : TokenKind.Word);
    }
}

/// <summary>Which characters open, close or toggle a quotation.</summary>
public static class QuoteMarks
{
    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019';

    /// <summary>Marks that always open (curly left quotes, guillemets, doubled backticks).</summary>
    public static bool Opens(string mark) => mark is "\u201C" or "\u201E" or "\u00AB" or "``";

    /// <summary>Marks that always close.</summary>
    public static bool Closes(string mark) => mark is "\u201D" or "\u00BB";

    /// <summary>Straight marks whose role depends on whether a quotation is already open.</summary>
    public static bool Toggles(string mark) => mark is "\"" or "''";
}
