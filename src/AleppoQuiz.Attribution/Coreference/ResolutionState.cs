namespace AleppoQuiz.Attribution.Coreference;

/// <summary>What the resolver remembers while reading an article from top to bottom.</summary>
internal sealed class ResolutionState
{
    private readonly List<string> _people = [];
    private readonly List<string> _organisations = [];

    public string? LastPerson { get; private set; }

    public string? LastOrganisation { get; private set; }

    public string? LastSpeaker { get; private set; }

    /// <summary>A surname alone ("Sayal") becomes the full name introduced earlier ("Munir al Sayal").</summary>
    public string FullName(string name)
    {
        return _people.LastOrDefault(p => SpeakerNames.ShortFormOf(name, p)) ?? name;
    }

    public string? OrganisationWithWord(string word) =>
        _organisations.LastOrDefault(o => o.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
        ?? _people.LastOrDefault(p => p.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)));

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
