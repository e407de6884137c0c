using System.Text.RegularExpressions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Whether the article writes of a person as "he" or "she", read from the article itself: an honorific before
/// the surname ("Mrs. Schlafly", "Mr. Trump") decides; otherwise the pronouns in the sentences that name the
/// person and the sentence after each, when one kind outnumbers the other two to one. "she said" then skips a man
/// quoted last ("Chris Christie … Clinton also asserted … she said"). Unknown fits either.
/// </summary>
internal sealed partial class PersonGender(string text)
{
    public enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    private readonly Dictionary<string, Gender> _known = new(StringComparer.Ordinal);
    private readonly Lazy<string[]> _sentences = new(() => SentenceEnd().Split(text));

    public bool Fits(string person, string pronoun) =>
        Of(person) switch
        {
            Gender.Male => pronoun is not "she",
            Gender.Female => pronoun is not "he",
            _ => true,
        };

    public Gender Of(string person)
    {
        if (!_known.TryGetValue(person, out var gender))
        {
            _known[person] = gender = Read(SpeakerNames.Surname(person));
        }

        return gender;
    }

    private Gender Read(string surname)
    {
        var escaped = Regex.Escape(surname);
        if (Regex.IsMatch(text, $@"\b(?:Mrs|Ms|Miss)\.? {escaped}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return Gender.Female;
        }

        if (Regex.IsMatch(text, $@"\bMr\.? {escaped}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return Gender.Male;
        }

        var (male, female) = (0, 0);
        var sentences = _sentences.Value;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (!Regex.IsMatch(sentences[i], $@"\b{escaped}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                continue;
            }

            foreach (var sentence in sentences.Skip(i).Take(2))
            {
                male += MalePronoun().Count(sentence);
                female += FemalePronoun().Count(sentence);
            }
        }

        return male >= 2 * Math.Max(female, 1) ? Gender.Male : female >= 2 * Math.Max(male, 1) ? Gender.Female : Gender.Unknown;
    }

    [GeneratedRegex(@"(?<=[.!?][""”’']?)\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")]
    private static partial Regex MalePronoun();

    [GeneratedRegex(@"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")]
    private static partial Regex FemalePronoun();
}
