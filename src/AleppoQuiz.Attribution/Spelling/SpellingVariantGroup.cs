using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Spelling;

/// <summary>One spelling of a name with where it is used.</summary>
public sealed record SpellingUse(string Spelling, IReadOnlyList<string> Outlets, Evidence FirstUse);

/// <summary>Several spellings of one place or person across the story ("Fuaa", "Foua", "Foah", "al-Foua").</summary>
public sealed record SpellingVariantGroup(IReadOnlyList<SpellingUse> Spellings)
{
    public IEnumerable<string> Names => Spellings.Select(s => s.Spelling);
}
