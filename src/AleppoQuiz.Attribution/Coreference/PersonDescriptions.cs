namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// "the California congressman", "the senator", "the billionaire": a definite description whose head is a kind of
/// person refers back to a person the article has named, the last one introduced with a matching title ("Rep. Adam
/// Schiff" for a congressman), else the last person named. A teacher should see one speaker, not two.
/// </summary>
internal static class PersonDescriptions
{
    // Heads that describe a person, with the titles that introduce such a person ("Rep." for a congressman).
    private static readonly Dictionary<string, string[]> TitlesByHead = new(StringComparer.OrdinalIgnoreCase)
    {
        ["congressman"] = ["rep", "representative", "congressman"],
        ["congresswoman"] = ["rep", "representative", "congresswoman"],
        ["lawmaker"] = ["rep", "representative", "sen", "senator", "congressman", "congresswoman"],
        ["senator"] = ["sen", "senator"],
        ["governor"] = ["gov", "governor"],
        ["mayor"] = ["mayor"],
        ["candidate"] = [],
        ["nominee"] = [],
        ["businessman"] = [],
        ["businesswoman"] = [],
        ["billionaire"] = [],
        ["mogul"] = [],
        ["politician"] = [],
    };

    /// <summary>The person the description refers to, or null when the head is not a kind of person or nobody is named yet.</summary>
    public static string? Resolve(string core, ResolutionState state)
    {
        var head = core.Split(' ')[^1];
        if (!char.IsLower(head[0]) || !TitlesByHead.TryGetValue(head, out var titles))
        {
            return null;
        }

        return titles.Select(t => state.PersonWithTitles([t])).OfType<string>().FirstOrDefault() ?? state.LastPerson;
    }
}
