using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace AleppoQuiz.Core.Game;

/// <summary>
/// Decides whether a typed answer is one the author accepts. Case, diacritics, punctuation and spacing do not
/// count ("al-Foua", "Al Foua." and "al foua" are one answer); spelling variants count only if the author lists
/// them, because telling one place behind several spellings apart is itself what some questions teach.
/// </summary>
public static class TypedAnswerMatcher
{
    public const int MaxLength = 100;

    // The app runs without ICU (invariant globalization), so string.Normalize cannot take accents apart; the
    // accented letters of the names in the articles (Turkish, French, Arabic transliterations) are folded here.
    private static readonly FrozenDictionary<char, char> Folds = new Dictionary<string, char>
    {
        ["ÀÁÂÃÄÅàáâãäåĀāĂăĄą"] = 'a', ["ÇçĆćĈĉĊċČč"] = 'c', ["ĎďĐđ"] = 'd', ["ÈÉÊËèéêëĒēĔĕĖėĘęĚě"] = 'e',
        ["ĜĝĞğĠġĢģ"] = 'g', ["ĤĥĦħ"] = 'h', ["ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"] = 'i', ["Ĵĵ"] = 'j', ["Ķķ"] = 'k',
        ["ĹĺĻļĽľĿŀŁł"] = 'l', ["ÑñŃńŅņŇň"] = 'n', ["ÒÓÔÕÖØòóôõöøŌōŎŏŐő"] = 'o', ["ŔŕŖŗŘř"] = 'r',
        ["ŚśŜŝŞşŠš"] = 's', ["ŢţŤťŦŧ"] = 't', ["ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"] = 'u', ["Ŵŵ"] = 'w', ["ÝýÿŶŷŸ"] = 'y',
        ["ŹźŻżŽž"] = 'z', ["أإآٱ"] = 'ا',
    }.SelectMany(pair => pair.Key.Select(c => (c, pair.Value))).ToFrozenDictionary(x => x.c, x => x.Value);

    /// <summary>The form answers are compared and grouped in.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c == '\u0640')
            {
                continue; // accents, Arabic vowel marks and the tatweel stretch
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Folds.TryGetValue(c, out var plain) ? plain : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    public static bool Matches(string typed, IEnumerable<string> accepted)
    {
        var key = Normalize(typed);
        return key.Length > 0 && accepted.Any(a => Normalize(a) == key);
    }
}
