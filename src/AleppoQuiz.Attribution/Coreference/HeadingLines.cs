namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Headlines and subheadings ("Schlafly’s Final Column Explains Why …", "Clinton Team Warns Of Recession"): short
/// lines with most words capitalised. A cue word in one makes its capitalised run look like a speaker; only a
/// plain name leading the line ("Pence: …", "Trump Slams …") is one.
/// </summary>
internal static class HeadingLines
{
    private const int MaxWords = 16;

    /// <summary>True when the source sits in a heading line and is not a short name that leads it.</summary>
    public static bool IsHeadingPhrase(string text, int sourceStart, string source)
    {
        var lineStart = sourceStart == 0 ? 0 : text.LastIndexOf('\n', sourceStart - 1) + 1;
        var lineEnd = text.IndexOf('\n', sourceStart);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Trim();
        if (!IsHeading(line))
        {
            return false;
        }

        var words = source.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var leadsLine = text[lineStart..sourceStart].Trim().Length == 0;
        var plainName = words.Length <= 3 && !words.Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        return !(leadsLine && plainName);
    }

    private static bool IsHeading(string line)
    {
        var body = line.TrimEnd('.');
        if (body.Length == 0 || body.IndexOfAny(['.', '!', '?', '"', '“']) >= 0)
        {
            return false;
        }

        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var longWords = words.Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return words.Length <= MaxWords && longWords.Count >= 2 && longWords.Count(w => char.IsUpper(w[0])) >= 0.7 * longWords.Count;
    }
}
