using System.Globalization;
using System.Text;

namespace AleppoQuiz.Core.Game;

/// <summary>
/// A deliberately small word filter for a classroom: it catches the obvious insults and their look-alike spellings
/// (accents, digits for letters, separators between letters) by comparing whole normalised words, so ordinary
/// names that merely contain a blocked word are left alone. It is a speed bump, not a moderation system.
/// </summary>
public sealed class ProfanityFilter
{
    // Mild classroom insults, swear words and a few words no class wants on a projector; whole words only. No word
    // spelled only with letters that digits stand for (o, i, e, a, s, t): "Player 455" must not read as one.
    private static readonly string[] DefaultWords =
    [
        "idiot", "stupid", "dumb", "dummy", "loser", "moron", "crap", "poop", "fart", "butt", "sucks", "ugly", "fatso",
        "shutup", "noob", "weirdo", "freak", "creep", "jerk", "dork", "killer", "shit", "fuck", "fck", "damn", "bitch",
        "bastard", "arse", "piss", "cock", "boobs", "sex", "sexy", "porn", "nazi", "hitler", "terrorist",
    ];

    // Accented Latin letters folded by hand: the product runs with invariant globalization, where Unicode
    // decomposition is not available to strip accents generically.
    private static readonly Dictionary<char, char> AccentFolds = BuildAccentFolds(
        ("àáâãäåāă", 'a'), ("çćč", 'c'), ("ďđ", 'd'), ("èéêëēěę", 'e'), ("ğ", 'g'), ("ìíîïīı", 'i'), ("łľ", 'l'),
        ("ñńň", 'n'), ("òóôõöøō", 'o'), ("řŕ", 'r'), ("śšş", 's'), ("ťţ", 't'), ("ùúûüūů", 'u'), ("ýÿ", 'y'), ("źžż", 'z'));

    private readonly HashSet<string> blocked;

    public ProfanityFilter(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        blocked = new HashSet<string>(words.Select(Normalize), StringComparer.Ordinal);
    }

    public static ProfanityFilter Default { get; } = new(DefaultWords);

    public bool IsBlocked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // The joined form catches names spelled out with separators, like "i.d.i.o.t" or "du mb".
        return words.Any(blocked.Contains) || blocked.Contains(string.Concat(words));
    }

    /// <summary>Lower-case letters only, accents removed, common digit substitutions undone, other characters as spaces.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            // Combining accents typed separately ("u" + U+0308) vanish; precomposed ones are folded below.
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(original);
            var mapped = c switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => AccentFolds.GetValueOrDefault(c, c),
            };
            builder.Append(char.IsLetter(mapped) ? mapped : ' ');
        }

        return builder.ToString();
    }

    private static Dictionary<char, char> BuildAccentFolds(params (string Accented, char Plain)[] groups) =>
        groups.SelectMany(group => group.Accented.Select(c => (c, group.Plain))).ToDictionary(pair => pair.c, pair => pair.Plain);
}
