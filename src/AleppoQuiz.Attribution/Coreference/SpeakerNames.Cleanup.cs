using System.Text.RegularExpressions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Guards on what may be shown as a speaker. A source phrase found without a parser can run over a paragraph
/// break ("Saturday.\n\nFrance"), pick up a date ("Friday Putin"), or be no name at all ("304", "their"); a
/// teacher reads these names on the claims map, so they are cut back to the name or refused.
/// </summary>
public static partial class SpeakerNames
{
    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "its", "their", "his", "her", "our", "my", "your",
    };

    /// <summary>
    /// True when the phrase can stand as a speaker: it has a letter, is not a possessive and holds no
    /// sentence break, date word or verb, and does not open with an adverb or participle ("Recently", "Speaking").
    /// </summary>
    public static bool IsName(string core) =>
        core.Any(char.IsLetter) && !Possessives.Contains(core) && !EndsPossessive(core) && LastSentence(core) == core
        && WithoutDateWords(core) == core && BeforeNegatedAuxiliary(core) == core && !IsOpener(core.Split(' ')[0]);

    // "Gautam Adani's alleged …": a possessor modifies the word after it and is not the one speaking.
    private static bool EndsPossessive(string core) =>
        core.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || core.EndsWith("’s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "pro-opposition Orient TV" → "Orient TV", "pro-government Hezbollah group" → "Hezbollah group": lower-case
    /// descriptors before a proper name are the reporter's gloss, not part of the name. Only when the rest is a
    /// capitalised run, optionally with one generic noun after it, so a description stays whole.
    /// </summary>
    public static string WithoutLeadingDescriptors(string core, IReadOnlySet<string> genericNouns)
    {
        var words = core.Split(' ');
        var first = Array.FindIndex(words, w => char.IsUpper(w[0]));
        if (first <= 0)
        {
            return core;
        }

        var rest = words[first..];
        var capitalisedRun = rest.TakeWhile(w => char.IsUpper(w[0])).Count();
        var endsWell = capitalisedRun == rest.Length || (capitalisedRun == rest.Length - 1 && genericNouns.Contains(rest[^1]));
        return endsWell ? string.Join(' ', rest) : core;
    }

    /// <summary>The part of a phrase after its last sentence break: a name never spans two sentences.</summary>
    private static string LastSentence(string phrase)
    {
        var pieces = SentenceBreak().Split(phrase);
        return pieces[^1].Trim();
    }

    /// <summary>"Putin didn’t" → "Putin": a phrase finder may take a negated auxiliary for part of a name.</summary>
    private static string BeforeNegatedAuxiliary(string phrase)
    {
        var words = phrase.Split(' ');
        var verb = Array.FindIndex(words, IsNegatedAuxiliary);
        return verb < 0 ? phrase : string.Join(' ', words[..verb]);
    }

    /// <summary>Weekdays and dates at either edge of a phrase ("Friday", "December 16") are not part of a name.</summary>
    private static string WithoutDateWords(string phrase)
    {
        var previous = string.Empty;
        while (previous != phrase)
        {
            previous = phrase;
            phrase = LeadingDate().Replace(phrase, string.Empty);
            phrase = TrailingDate().Replace(phrase, string.Empty);
        }

        return phrase.Trim();
    }

    // "didn't", "won’t": a negated auxiliary is a verb, never part of a name ("Putin didn’t mention").
    private static bool IsNegatedAuxiliary(string word) =>
        word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    // A line break, or ". " after a lower-case letter or digit: "Saturday. France" breaks, "U.S. officials" does not.
    [GeneratedRegex(@"\s*[\r\n]+\s*|(?<=[\p{Ll}\d][.!?][""”’']?)\s+")]
    private static partial Regex SentenceBreak();

    private const string DatePattern =
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        + @"|(?:January|February|April|July|September|October|November|December|March|May|June|August)\s+\d{1,2}(?:st|nd|rd|th)?"
        + @"|\d{1,2}\s+(?:January|February|April|July|September|October|November|December|March|May|June|August)"
        + @"|(?:January|February|April|July|September|October|November|December)";

    private const string DateWithPreposition = @"(?:(?:on|last|this|next|since|until)\s+)?(?:" + DatePattern + ")";

    [GeneratedRegex(@"^" + DateWithPreposition + @"(?:\s+|$)")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"(?:^|\s+)" + DateWithPreposition + "$")]
    private static partial Regex TrailingDate();
}
