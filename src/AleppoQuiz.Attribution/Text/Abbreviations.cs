namespace AleppoQuiz.Attribution.Text;

/// <summary>Words whose trailing dot does not end a sentence.</summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "maj", "pres", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "etc", "mt", "ft", "rev", "hon",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "calif", "ariz", "fla", "penn", "conn", "mich", "minn", "wis", "tenn", "ky", "va", "md", "nev", "colo", "okla", "ore",
        "ga", "ala", "kan", "neb", "dept", "univ", "approx", "ave",
    };

    /// <summary>True when the word text[start..dot] is an abbreviation or a run of initials ("U.S", "J").</summary>
    public static bool EndsWithAbbreviationDot(string text, int start, int dot)
    {
        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // a middle initial: "Richard L. Trumka"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S" + "." or "A.F.L-C.I.O"
        }

        return Known.Contains(word.ToString());
    }

    public static bool IsTitleAbbreviation(string word) =>
        word.TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "dr" or "sen" or "rep" or "gov" or "gen"
            or "prof" or "lt" or "col" or "sgt" or "capt" or "adm" or "rev";
}
