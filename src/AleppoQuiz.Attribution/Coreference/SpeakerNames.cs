using System.Text.RegularExpressions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Reduces a source phrase to the name a reader would use: "Turkish Foreign Minister Mevlut Cavusoglu" →
/// "Mevlut Cavusoglu", "Elizabeth Hoff, the WHO representative," → "Elizabeth Hoff", "Mr Sayal" → "Sayal",
/// "The International Committee of the Red Cross" → "International Committee of the Red Cross".
/// </summary>
public static partial class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "president-elect", "minister", "foreign",
        "secretary", "secretary-general", "state", "prime", "chief", "head", "representative",
        "spokesman", "spokeswoman", "envoy", "ambassador", "general", "director", "chairman", "leader", "official",
        "commander", "colonel", "senator", "governor", "king", "queen", "pope", "professor", "u.s.", "us", "un",
        "turkish", "russian", "syrian", "american", "iranian", "french", "british", "former", "deputy", "vice",
        "who", "icrc", "syria", "usa", "of", "for", "the", "sir", "lord",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "de", "da", "di", "bin", "ibn", "van", "von", "la", "le", "du", "abu",
    };

    // Words that make a capitalised run an organisation, not a person ("Russia's Defense Ministry").
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "council", "center", "centre", "committee", "observatory", "organization", "organisation",
        "agency", "group", "army", "government", "television", "tv", "media", "forces", "rights", "cross",
        "crescent", "news", "reuters", "afp", "party", "department", "office", "nations", "union", "house",
        "court", "police", "military", "helmets", "network", "association", "campaign", "press", "times", "post",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "who", "which", "that", "i", "we",
    };

    /// <summary>
    /// The source with its appositive, bracket, leading determiner or possessive and trailing comma removed, cut
    /// to its last sentence and without the date words, sentence openers or outlet names a phrase finder may have
    /// swept in.
    /// </summary>
    public static string Core(string source)
    {
        var text = BeforeNegatedAuxiliary(NamePiece(LastSentence(source)));
        text = Bracket().Replace(text, " ");
        text = LeadingDeterminer().Replace(text.Trim(), string.Empty);
        return WithoutOutletRunOn(WithoutDateWords(Spaces().Replace(text, " ").Trim()));
    }

    /// <summary>A person's name when the phrase ends in one after titles; null for organisations and descriptions.</summary>
    public static string? PersonName(string source) => PersonWithTitles(source)?.Name;

    /// <summary>
    /// A person's name and the title words written before it ("U.S. President-elect Donald Trump" → "Donald Trump"
    /// with "u.s." and "president-elect"), so a later "the president-elect" can find the person again.
    /// </summary>
    public static (string Name, IReadOnlyList<string> Titles)? PersonWithTitles(string source)
    {
        var core = Core(source);
        var ofIndex = core.IndexOf(" of the ", StringComparison.Ordinal) is var i and > 0 ? i : core.IndexOf(" of a ", StringComparison.Ordinal);
        var beforeOf = ofIndex > 0 ? core[..ofIndex] : core; // "Yasser al-Youssef of the Nureddin al-Zinki group"
        var words = beforeOf.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && IsNameWord(words[start - 1]) && !Titles.Contains(words[start - 1].TrimEnd('.')))
        {
            start--;
        }

        if (start == words.Length || (start == 0 && ofIndex > 0 && !IsPersonShaped(words)))
        {
            return null;
        }

        if (start > 0 && words[start - 1] is "for" or "of" or "and" or "on" or "in")
        {
            return null; // "Syrian Observatory for Human Rights"
        }

        if (words[start..].Any(w => OrganisationWords.Contains(w.TrimEnd('.'))))
        {
            return null;
        }

        var titles = words[..start].Select(w => w.ToLowerInvariant()).Where(w => Titles.Contains(w) || Titles.Contains(w.TrimEnd('.'))).ToList();
        var name = string.Join(' ', words[start..]);
        return start > 0 || words.Length - start >= 2 ? (name, titles) : null;
    }

    /// <summary>
    /// True when the phrase is only titles and ends in an office ("president-elect", "foreign minister"): a
    /// description of a person named before, not a name. "the Turkish" or "the U.S." is not an office.
    /// </summary>
    public static bool IsTitleOnly(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Titles.Contains) && !NotOffices.Contains(words[^1]);
    }

    // Title-list words that qualify an office but are not one: nationalities, places, bodies and glue words.
    private static readonly HashSet<string> NotOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        "turkish", "russian", "syrian", "american", "iranian", "french", "british", "u.s.", "us", "un", "usa",
        "syria", "who", "icrc", "of", "for", "the", "former", "deputy", "vice", "state", "foreign", "prime",
    };

    /// <summary>The last word of a person's name: what "Mr Sayal" and "Hoff" are matched on.</summary>
    public static string Surname(string name)
    {
        var last = name.Split(' ')[^1];
        return last.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || last.StartsWith("el-", StringComparison.OrdinalIgnoreCase)
            ? last[3..]
            : last;
    }

    /// <summary>
    /// True when a one-word name refers to the full name: by surname ("Assad" → "Bashar al-Assad") or, for
    /// names written family name first, by the first word ("Ban" → "Ban Ki-moon").
    /// </summary>
    public static bool ShortFormOf(string shortName, string fullName) =>
        fullName.Length > shortName.Length
        && (Surname(fullName).Equals(Surname(shortName), StringComparison.OrdinalIgnoreCase)
            || (!shortName.Contains(' ', StringComparison.Ordinal) && fullName.Split(' ')[0].Equals(shortName, StringComparison.OrdinalIgnoreCase)
                && fullName.Split(' ').Length == 2 && fullName.Contains('-', StringComparison.Ordinal)));

    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || NameParticles.Contains(word) || StartsWithParticle(word))
        && !word.All(c => char.IsUpper(c) || c == '.');

    private static bool StartsWithParticle(string word) =>
        word.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el-", StringComparison.OrdinalIgnoreCase);

    private static bool IsPersonShaped(string[] words) => words.Length is 2 or 3 && words.All(IsNameWord);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^(the|a|an|its|their|his|her)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDeterminer();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
