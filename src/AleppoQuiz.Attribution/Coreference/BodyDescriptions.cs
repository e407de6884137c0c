namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// "the ministry", "the group", "the Russian statement": a definite description that stands for a body named
/// before it. A description that names something of its own ("the Syrian government", "the World Health
/// Organization", "the Reuters news agency") is only matched to a body whose name has those capitalised words
/// too; otherwise it is a name in its own right, never the last body quoted.
/// </summary>
internal static class BodyDescriptions
{
    /// <summary>Generic heads that stand for a body named just before: "the group", "the letter", "the statement".</summary>
    public static readonly HashSet<string> StandInNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "organization", "organisation", "organizations", "organisations", "letter", "statement", "report",
        "monitor", "coalition", "alliance", "agency", "message", "communique", "announcement",
    };

    /// <summary>The body the description refers to, or null when it names its own.</summary>
    public static string? Resolve(string core, ResolutionState state)
    {
        var words = core.Split(' ');
        var head = words[^1];
        var named = words[..^1].Where(w => char.IsUpper(w[0])).ToList();
        bool Fits(string body) => named.All(n => ResolutionState.HasWord(body, n));

        if (state.OrganisationWithWord(head, Fits) is { } byHead)
        {
            return byHead; // "the ministry" → "Russia's Defense Ministry"
        }

        if (char.IsUpper(head[0]) || !StandInNouns.Contains(head))
        {
            return null; // "the World Health Organization", "the Syrian government": names, not stand-ins
        }

        if (named.Count > 0)
        {
            return state.OrganisationWithWord(named[0], Fits); // "the Russian statement"; "the Reuters news agency" stays itself
        }

        var byModifier = words[..^1].Select(w => state.OrganisationWithWord(w)).FirstOrDefault(o => o is not null);
        return byModifier ?? state.LastOrganisation;
    }
}
