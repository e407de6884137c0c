namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Whether a canonical speaker names someone who can speak. A name or title (any capitalised word) can; a
/// lower-case description can when its head is a person, group or body ("rebel sources", "the government").
/// "The delicate operation continued" or "vehicles ordered to leave" are verbs a cue list mistakes for speech:
/// their subject is no speaker, and a teacher should not meet it as one.
/// </summary>
public static class SpeakingEntities
{
    private static readonly HashSet<string> SpeakingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "sources", "official", "officials", "group", "groups", "rebels", "militias", "forces", "ministry",
        "media", "television", "agency", "government", "military", "activists", "monitor", "opposition", "spokesman",
        "spokeswoman", "residents", "witnesses", "correspondents", "organizations", "organisations", "diplomats",
        "commanders", "fighters", "authorities", "people", "doctors", "workers", "observers", "president",
        "protesters", "analysts", "experts", "police", "army", "state", "statement", "report", "letter",
    };

    public static bool CanSpeak(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words.Any(w => char.IsUpper(w[0])) || SpeakingNouns.Contains(words[^1]));
    }
}
