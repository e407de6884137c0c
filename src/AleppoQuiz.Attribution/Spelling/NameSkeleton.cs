using System.Text;

namespace AleppoQuiz.Attribution.Spelling;

/// <summary>
/// Reduces a transliterated name to what survives between spelling conventions: no "al-" article, no
/// vowels or glides (a, e, i, o, u, y, h after a vowel), no doubled letters, and c/q/k as one letter.
/// "al-Foua", "Fuaa", "Foah" → "f"; "Kafraya", "Kfarya", "Kefraya" → "kfr"; "Kefyra" → "kfr".
/// </summary>
public static class NameSkeleton
{
    public static string Strip(string name)
    {
        var lower = Possessive(name).ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        foreach (var article in new[] { "al-", "el-", "al ", "el " })
        {
            if (lower.StartsWith(article, StringComparison.Ordinal))
            {
                lower = lower[article.Length..];
            }
        }

        return lower.Replace("-", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>"Lebanon's" → "Lebanon".</summary>
    public static string Possessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal) ? name[..^2] : name;

    public static string Consonants(string name)
    {
        var stripped = Strip(name);
        var builder = new StringBuilder();
        for (var i = 0; i < stripped.Length; i++)
        {
            var c = stripped[i] switch { 'c' or 'q' => 'k', var other => other };
            var isVowelLike = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || (c == 'h' && i > 0 && "aeiou".Contains(stripped[i - 1], StringComparison.Ordinal));
            if (!char.IsLetter(c) || (isVowelLike && i > 0) || (builder.Length > 0 && builder[^1] == c))
            {
                continue;
            }

            builder.Append(isVowelLike ? '_' : c); // a name opening with a vowel keeps a marker
        }

        return builder.ToString();
    }
}
