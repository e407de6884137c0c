namespace AleppoQuiz.Core.Articles;

/// <summary>
/// One line of a raw story while it is being cleaned. The number is the line's position in the raw file (from 1),
/// kept so that every line the cleaner drops can be reported against the file a person can open.
/// </summary>
internal sealed record ArticleLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>
    /// Splits raw text into lines: any line break (CRLF, CR, LF) counts, a byte-order mark is dropped, and whitespace
    /// at either end of a line is trimmed. Nothing inside a line is touched, because evidence quotes are matched
    /// against the story character for character.
    /// </summary>
    public static IReadOnlyList<ArticleLine> Split(string raw)
    {
        var text = raw.TrimStart('\uFEFF')
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n');

        // char.IsWhiteSpace covers the no-break spaces that web pages leave at line ends.
        return text.Split('\n')
            .Select((line, index) => new ArticleLine(index + 1, line.Trim()))
            .ToList();
    }
}
