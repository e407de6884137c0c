using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>What the resolver remembers while reading an article from top to bottom.</summary>
internal sealed class ResolutionState(string text)
{
    private readonly List<string> _people = [];
    private readonly List<string> _organisations = [];
    private readonly Dictionary<string, HashSet<string>> _titlesOfPerson = new(StringComparer.Ordinal);

    private readonly PersonGender _gender = new(text);

    public string? LastPerson { get; private set; }

    /// <summary>
    /// The last person a "he" or "she" can stand for: the last person quoted or named whose gender, as the article
    /// writes it, fits the pronoun; "I" is the last person.
    /// </summary>
    public string? LastPersonFor(string pronoun) =>
        pronoun is "he" or "she" ? _people.LastOrDefault(p => _gender.Fits(p, pronoun)) : LastPerson;

    public string? LastOrganisation { get; private set; }

    public string? LastSpeaker { get; private set; }

    /// <summary>A surname alone ("Sayal") becomes the full name introduced earlier ("Munir al Sayal").</summary>
    public string FullName(string name)
    {
        return _people.LastOrDefault(p => SpeakerNames.ShortFormOf(name, p)) ?? name;
    }

    /// <summary>
    /// A bare surname whose full name the article gives, even where that person is not quoted: "Assad said" after
    /// "warned Syrian President Bashar al-Assad" is Bashar al-Assad, and "Clinton asserted" after "nominee Hillary
    /// Clinton" is Hillary Clinton, a person, so a later "she" can refer to her. A name written with a title wins
    /// over a plain first and last name. Null when the article writes no such name ending in the word.
    /// </summary>
    public string? TitledNameInText(string surname)
    {
        var pattern = $@"(?:[\p{{Lu}}][\p{{L}}.’'-]*[ ]+){{1,5}}(?:(?:al|el|de|bin|ibn|van|von|abu)[ ]+)?(?:al-|el-)?{Regex.Escape(surname)}\b";
        var people = Regex.Matches(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => SpeakerNames.PersonWithTitles(m.Value))
            .OfType<(string Name, IReadOnlyList<string> Titles)>()
            .Where(p => p.Name.Contains(' ', StringComparison.Ordinal) && SpeakerNames.Surname(p.Name).Equals(surname, StringComparison.Ordinal))
            .ToList();
        return people.Where(p => p.Titles.Count > 0).Select(p => p.Name).FirstOrDefault()
            ?? people.Select(p => p.Name).FirstOrDefault(PlainFullName);
    }

    // "Hillary Clinton", not "In Tulsa", "On Tuesday’s" or "Clinton’s": two name words, the first no function or
    // time word capitalised by the sentence, neither possessive.
    private static bool PlainFullName(string name)
    {
        var words = name.Split(' ');
        var first = words[0].ToLowerInvariant();
        return words.Length == 2 && SpeakerNames.IsName(name) && !SpeakerNames.IsOpener(words[0])
            && !WordLists.PhraseBreakers.Contains(first) && !WordLists.Determiners.Contains(first) && !WordLists.TimeWords.Contains(first)
            && !words.Any(w => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));
    }

    /// <summary>"the president-elect" → the last person introduced with every one of these title words.</summary>
    public string? PersonWithTitles(IEnumerable<string> titleWords) =>
        _people.LastOrDefault(p => _titlesOfPerson.TryGetValue(p, out var titles) && titleWords.All(titles.Contains));

    /// <summary>The last body (else person) with this word in its name that also passes <paramref name="fits"/>.</summary>
    public string? OrganisationWithWord(string word, Func<string, bool>? fits = null)
    {
        bool Matches(string name) => HasWord(name, word) && (fits is null || fits(name));
        return _organisations.LastOrDefault(Matches) ?? _people.LastOrDefault(Matches);
    }

    public static bool HasWord(string name, string word) =>
        name.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    public string RememberTitles(string person, IEnumerable<string> titles)
    {
        if (!_titlesOfPerson.TryGetValue(person, out var known))
        {
            _titlesOfPerson[person] = known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        known.UnionWith(titles.Select(t => t.TrimEnd('.'))); // "Rep." is the title "rep"
        return Remember(person);
    }

    public string Remember(string speaker, bool organisation = false)
    {
        if (organisation)
        {
            _organisations.Add(speaker);
            LastOrganisation = speaker;
        }
        else
        {
            _people.Add(speaker);
            LastPerson = speaker;
        }

        LastSpeaker = speaker;
        return speaker;
    }
}
