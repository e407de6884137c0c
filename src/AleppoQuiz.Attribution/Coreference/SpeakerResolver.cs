using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Gives every attribution of one article a canonical speaker. Full names are kept as they are introduced;
/// a bare surname or "Mr Sayal" maps to the full name with that surname; "he"/"she" to the last person
/// quoted; "who" to the phrase before it; "the ministry" to the last organisation whose name has that word.
/// </summary>
public static class SpeakerResolver
{
    public static IReadOnlyList<SpeechAttribution> Resolve(string text, IReadOnlyList<SpeechAttribution> attributions)
    {
        var state = new ResolutionState();
        var resolved = new SpeechAttribution[attributions.Count];
        foreach (var (attribution, index) in attributions.Select((a, i) => (a, i)).OrderBy(p => p.a.Source?.Start ?? p.a.Cue.Start))
        {
            resolved[index] = attribution with { Speaker = attribution.Source is { } source ? Speaker(text, source, state) : null };
        }

        return resolved;
    }

    private static string Speaker(string text, SpanText source, ResolutionState state)
    {
        var core = SpeakerNames.Core(source.Text);
        var lower = core.ToLowerInvariant();
        if (lower is "he" or "she" or "i")
        {
            return state.LastPerson ?? core;
        }

        if (lower is "who" or "which" or "that")
        {
            return state.Remember(SpeakerNames.PersonName(PhraseBefore(text, source.Start)) is { } person
                ? state.FullName(person)
                : SpeakerNames.Core(PhraseBefore(text, source.Start)));
        }

        if (lower is "they" or "it")
        {
            return state.LastOrganisation ?? state.LastSpeaker ?? core;
        }

        if (SpeakerNames.PersonName(source.Text) is { } name)
        {
            return state.Remember(state.FullName(name));
        }

        if (!core.Contains(' ', StringComparison.Ordinal) && char.IsUpper(core[0]) && state.FullName(core) is var full && full != core)
        {
            return state.Remember(full); // a bare surname: "Sayal also said"
        }

        var startsDefinite = source.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        return state.Remember(startsDefinite ? Described(core, state) ?? core : core, organisation: true);
    }

    // Generic heads that stand for a body named just before: "the group", "the letter", "the Russian statement".
    private static readonly HashSet<string> StandInNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "organization", "organisation", "organizations", "organisations", "letter", "statement", "report",
        "monitor", "coalition", "alliance", "agency", "message", "communique", "announcement",
    };

    /// <summary>"the ministry" → the last body with "Ministry" in its name; "the Russian statement" → the last
    /// body with "Russian"; "the group" → the last body quoted.</summary>
    private static string? Described(string core, ResolutionState state)
    {
        var words = core.Split(' ');
        if (state.OrganisationWithWord(words[^1]) is { } byHead)
        {
            return byHead;
        }

        if (!StandInNouns.Contains(words[^1]))
        {
            return null;
        }

        var byModifier = words[..^1].Select(state.OrganisationWithWord).FirstOrDefault(o => o is not null);
        return byModifier ?? state.LastOrganisation;
    }

    /// <summary>The few words before a relative pronoun: "rebel groups" in "rebel groups who said".</summary>
    private static string PhraseBefore(string text, int start)
    {
        var before = text[Math.Max(0, start - 80)..start].TrimEnd(' ', ',');
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        for (var i = words.Length - 1; i >= 0 && taken.Count < 5; i--)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            var looksLikeVerb = lower.EndsWith("ed", StringComparison.Ordinal) && !char.IsUpper(word[0]);
            if (word.EndsWith(',') || word.EndsWith('.') || looksLikeVerb || lower is "as" or "and" or "but" or "of" or "with" or "to" or "by" or "is" or "are" or "was" or "were")
            {
                break;
            }

            taken.Insert(0, word);
        }

        return string.Join(' ', taken);
    }
}
