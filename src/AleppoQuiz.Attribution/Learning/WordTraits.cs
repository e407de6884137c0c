using System.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Spelling-level traits of a word that let the taggers generalise past the words seen in training: a crude
/// stem ("says", "said" and "saying" stay apart, but "warns"/"warned"/"warning" meet), a shape ("Xx", "X.X.",
/// "d,d") and suffixes, which stand in for part of speech since the project has no tagger.
/// </summary>
internal static class WordTraits
{
    public static string Stem(string lower)
    {
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return lower[..^3];
        }

        if (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            return lower.EndsWith("es", StringComparison.Ordinal) && lower.Length > 4 ? lower[..^2] : lower[..^1];
        }

        return lower;
    }

    /// <summary>Letters become X or x, digits d, other characters stay; runs of one class collapse.</summary>
    public static string Shape(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 8));
        var previous = '\0';
        foreach (var c in text)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (mapped != previous)
            {
                builder.Append(mapped);
                previous = mapped;
            }
        }

        return builder.ToString();
    }

    public static string Suffix(string lower, int length) => lower.Length > length ? lower[^length..] : lower;
}
