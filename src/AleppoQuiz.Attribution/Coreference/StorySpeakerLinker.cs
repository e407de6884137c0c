namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Links speakers across the articles of one story: a name that is the surname, or a shorter form, of a
/// fuller name used elsewhere in the story maps to that fuller name ("Hoff" → "Elizabeth Hoff"), and a common
/// noun capitalised only because it opens a sentence maps to its lower-case use ("Rebels" → "rebels").
/// </summary>
public static class StorySpeakerLinker
{
    public static IReadOnlyDictionary<string, string> Link(IEnumerable<string> speakers)
    {
        var distinct = speakers.Distinct(StringComparer.Ordinal).ToList();
        var known = distinct.ToHashSet(StringComparer.Ordinal);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in distinct)
        {
            var fuller = distinct
                .Where(other => SpeakerNames.PersonName(other) is not null && SpeakerNames.ShortFormOf(speaker, other)
                    && (speaker.Split(' ').Length == 1 || other.EndsWith(speaker, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(other => other.Length)
                .FirstOrDefault();
            map[speaker] = fuller ?? LowerCaseUse(speaker, known) ?? speaker;
        }

        return map;
    }

    /// <summary>"Rebel sources" → "rebel sources" when the story also has the lower-case form; names keep their capital.</summary>
    private static string? LowerCaseUse(string speaker, IReadOnlySet<string> known)
    {
        if (speaker.Length < 2 || !char.IsUpper(speaker[0]) || !char.IsLower(speaker[1]))
        {
            return null;
        }

        var lower = char.ToLowerInvariant(speaker[0]) + speaker[1..];
        return known.Contains(lower) ? lower : null;
    }
}
