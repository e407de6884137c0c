using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Cheap judgements about what a line looks like. Story paragraphs end like sentences; headlines, section headings,
/// credits and navigation links do not. The rules use this to tell prose from page furniture without a word list.
/// </summary>
internal static partial class LineShape
{
    public static bool EndsLikeSentence(string line) => SentenceEnd().IsMatch(line);

    public static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    /// <summary>A line of running text: ends like a sentence and is more than a fragment.</summary>
    public static bool IsProse(string line) => EndsLikeSentence(line) && WordCount(line) >= 5;

    /// <summary>
    /// A headline: a few words, no sentence ending, not a label introducing something (trailing colon).
    /// One- and two-word lines are more often section labels or kickers than headlines, so they do not count.
    /// </summary>
    public static bool LooksLikeHeadline(string line) =>
        !EndsLikeSentence(line)
        && !line.EndsWith(':')
        && line.Length <= 150
        && WordCount(line) is >= 3 and <= 20;

    // Sentence-final punctuation, optionally followed by closing quotes or brackets: ."  .”  ?)  …
    [GeneratedRegex(@"[.!?…][""'”’)\]]*$")]
    private static partial Regex SentenceEnd();
}
