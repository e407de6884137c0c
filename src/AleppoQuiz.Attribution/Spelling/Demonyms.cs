namespace AleppoQuiz.Attribution.Spelling;

/// <summary>
/// A place and the adjective or people's name made from it ("Ukraine" / "Ukrainian", "Syria" / "Syrian",
/// "Israel" / "Israeli", "Lebanon" / "Lebanese", "Turkey" / "Turkish") share most letters but are two words, not
/// two spellings of one. Told apart by the suffix rules of English demonyms, not by a list of pairs.
/// </summary>
public static class Demonyms
{
    private static readonly string[] Suffixes = ["n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ite", "er", "ans", "ians", "is", "ites", "ers"];

    /// <summary>True when one word is the other with a demonym suffix, after the place's final vowel, "y" or "ey" is dropped.</summary>
    public static bool AreNameAndDemonym(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var place = NameSkeleton.Possessive(shorter).ToLowerInvariant();
        var adjective = NameSkeleton.Possessive(longer).ToLowerInvariant();
        return Stems(place).Any(stem => Suffixes.Any(suffix => stem + suffix == adjective));
    }

    private static IEnumerable<string> Stems(string place)
    {
        yield return place;
        if (place.Length > 3 && "aeiouy".Contains(place[^1], StringComparison.Ordinal))
        {
            yield return place[..^1]; // Ukrain-ian, Chin-ese, Turk-ish (after "-ey")
        }

        if (place.EndsWith("ey", StringComparison.Ordinal) || place.EndsWith("on", StringComparison.Ordinal))
        {
            yield return place[..^2]; // Turk-ish, Leban-ese
        }
    }
}
