using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Gives every attribution of one article a canonical speaker. Full names are kept as they are introduced;
/// a bare surname or "Mr Sayal" maps to the full name with that surname; "he"/"she" to the last person
/// quoted; "who" to the phrase before it; "the ministry" to the last organisation whose name has that word.
/// A source that is no name ("304", "their", a pronoun with nobody before it) gets no speaker rather than a
/// wrong one: a teacher reads these names.
/// </summary>
public static class SpeakerResolver
{
    public static IReadOnlyList<SpeechAttribution> Resolve(string text, IReadOnlyList<SpeechAttribution> attributions)
    {
        var state = new ResolutionState(text);
        var antecedents = new RelativeAntecedent(text);
        var resolved = new SpeechAttribution[attributions.Count];
        foreach (var (attribution, index) in attributions.Select((a, i) => (a, i)).OrderBy(p => p.a.Source?.Start ?? p.a.Cue.Start))
        {
            resolved[index] = attribution with
            {
                Speaker = attribution.Source is { } source && !GovernedByPreposition(text, source.Start) && !HeadingLines.IsHeadingPhrase(text, source.Start, source.Text)
                    ? Speaker(source, state, antecedents)
                    : null,
            };
        }

        return resolved;
    }

    private static string? Speaker(SpanText source, ResolutionState state, RelativeAntecedent antecedents)
    {
        var lower = SpeakerNames.Core(source.Text).ToLowerInvariant();
        if (lower is "he" or "she" or "i")
        {
            return state.LastPersonFor(lower) is { } person ? state.Remember(person) : null;
        }

        if (lower is "they" or "it")
        {
            return state.LastOrganisation ?? state.LastSpeaker;
        }

        if (lower is "who" or "which" or "that")
        {
            return antecedents.Before(source.Start) is { } phrase ? Name(phrase, state) : null;
        }

        return SpeakerNames.Pronouns.Contains(lower) ? null : Name(source.Text, state);
    }

    // Prepositions that make the noun after them their object: "evacuated from Aleppo showed" has no speaker
    // "Aleppo", "an outlet run by Hezbollah said" is not Hezbollah speaking. Not "with" ("with the government
    // accusing …" has the government speak) and not "to", which "according to" needs.
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "from", "into", "by", "about", "against", "over", "under", "between", "without",
        "through", "via", "during", "amid", "despite", "toward", "towards", "upon", "within", "among",
    };

    /// <summary>True when the word right before the source, on the same line, is a preposition.</summary>
    private static bool GovernedByPreposition(string text, int sourceStart)
    {
        var end = sourceStart;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && (start == 0 || text[start - 1] is ' ' or '\n') && Prepositions.Contains(text[start..end]);
    }

    /// <summary>The canonical name of a source phrase (or of a relative pronoun's antecedent), remembered.</summary>
    private static string? Name(string phrase, ResolutionState state)
    {
        var core = SpeakerNames.Core(phrase);
        if (!SpeakerNames.IsName(core))
        {
            return null;
        }

        if (SpeakerNames.PersonWithTitles(phrase) is { } person)
        {
            return state.RememberTitles(state.FullName(person.Name), person.Titles);
        }

        if (SpeakerNames.ReadsAsClause(core))
        {
            return null; // "Cruz took the stage", "Clinton directly in his remarks … but": no name, whatever follows
        }

        if (!core.Contains(' ', StringComparison.Ordinal) && char.IsUpper(core[0]))
        {
            // A bare surname: "Sayal also said" after "Munir al Sayal", or "Assad said" after "President Bashar al-Assad".
            if (state.FullName(core) is var full && full != core)
            {
                return state.Remember(full);
            }

            if (state.TitledNameInText(core) is { } titled)
            {
                return state.Remember(titled);
            }
        }

        var startsDefinite = phrase.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        if (startsDefinite && SpeakerNames.IsTitleOnly(core) && state.PersonWithTitles(core.Split(' ')) is { } titledPerson)
        {
            return state.Remember(titledPerson); // "the president-elect" after "U.S. President-elect Donald Trump"
        }

        if (startsDefinite && PersonDescriptions.Resolve(core, state) is { } describedPerson)
        {
            return state.Remember(describedPerson); // "the California congressman" after "Rep. Adam Schiff"
        }

        var described = startsDefinite ? BodyDescriptions.Resolve(core, state) : null;
        return state.Remember(described ?? SpeakerNames.WithoutLeadingDescriptors(core, BodyDescriptions.StandInNouns), organisation: true);
    }
}
