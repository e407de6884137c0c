using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>
/// Wrong options for "which spelling names the same place?": other names from the same story that look most
/// like the spelling asked about (Kerry, Astana and the other village's Fuaa for Kafraya), so the question tests
/// reading the variants rather than spotting the only place name among days and countries.
/// </summary>
internal static partial class SpellingDistractors
{
    // Weekdays come from the shared time words; months are kept here, as no other rule needs them as a set.
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>
    /// Names of the story, most frequent first: capitalised words that are not days or months and never appear
    /// in lower case ("Both" opening a sentence is not a name when "both" occurs elsewhere).
    /// </summary>
    public static IReadOnlyList<string> StoryNames(IReadOnlyCollection<string> texts)
    {
        var lowerCase = texts.SelectMany(t => LowerCaseWord().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        return texts.SelectMany(t => CapitalisedWord().Matches(t).Select(m => m.Value))
            .Where(n => !IsCalendarWord(n.ToLowerInvariant()) && !lowerCase.Contains(n.ToLowerInvariant()))
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
    }

    private static bool IsCalendarWord(string lower) => WordLists.TimeWords.Contains(lower) || Months.Contains(lower);

    /// <summary>The story names closest in spelling to <paramref name="asked"/> that are not one of its variants.</summary>
    public static IReadOnlyList<string> For(string asked, IEnumerable<string> variants, IReadOnlyList<string> storyNames) =>
        storyNames
            .Except(variants, StringComparer.Ordinal)
            .Where(n => NameSkeleton.Consonants(n) != NameSkeleton.Consonants(asked))
            .Select((name, rank) => (name, rank, distance: Distance(name.ToLowerInvariant(), asked.ToLowerInvariant())))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.rank)
            .Select(c => c.name)
            .Take(QuestionDrafter.DistractorCount)
            .ToList();

    /// <summary>Levenshtein distance: the fewest single-letter edits from one word to the other.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\b[A-Z][a-z'’-]{3,}\b")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b[a-z][a-z'’-]{3,}\b")]
    private static partial Regex LowerCaseWord();
}
