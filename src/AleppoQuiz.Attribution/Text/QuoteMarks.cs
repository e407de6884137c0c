namespace AleppoQuiz.Attribution.Text;

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
