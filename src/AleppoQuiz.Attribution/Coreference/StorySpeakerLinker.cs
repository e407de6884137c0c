namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Links speakers across the articles of one story: a name that is the surname, or a shorter form, of a
/// fuller name used elsewhere in the story maps to that fuller name ("Hoff" → "Elizabeth Hoff").
/// </summary>
public static class StorySpeakerLinker
{
    public static IReadOnlyDictionary<string, string> Link(IEnumerable<string> speakers)
    {
        var distinct = speakers.Distinct(StringComparer.Ordinal).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in distinct)
        {
            var fuller = distinct
                .Where(other => SpeakerNames.PersonName(other) is not null && SpeakerNames.ShortFormOf(speaker, other)
                    && (speaker.Split(' ').Length == 1 || other.EndsWith(speaker, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(other => other.Length)
                .FirstOrDefault();
            map[speaker] = fuller ?? speaker;
        }

        return map;
    }
}
