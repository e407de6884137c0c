namespace AleppoQuiz.Core.Game;

/// <summary>
/// Folds letters that look like Latin capitals but come from other scripts (Cyrillic "А", Greek "Ο", fullwidth
/// "Ａ") onto the Latin ones, so "АNА" typed with Cyrillic letters clashes with "ANA" instead of sitting beside it
/// on the projector. The product runs with invariant globalization, where Unicode normalization tables are not
/// available, so the table is written out; it covers the look-alikes a keyboard offers, not all of Unicode.
/// </summary>
internal static class Confusables
{
    private static readonly Dictionary<char, char> Folds = Build(
        // Cyrillic capitals.
        ("АВЕЅІЈКМНОРСТХУ", "ABESIJKMHOPCTXY"),
        // Greek capitals.
        ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"));

    /// <summary>Folds an upper-cased text; fullwidth Latin letters and digits become their ordinary forms.</summary>
    public static string FoldUpper(string upper) =>
        string.Create(upper.Length, upper, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFF21 + 'A'),
                    >= '\uFF10' and <= '\uFF19' => (char)(c - 0xFF10 + '0'),
                    _ => Folds.GetValueOrDefault(c, c),
                };
            }
        });

    private static Dictionary<char, char> Build(params (string From, string To)[] pairs) =>
        pairs.SelectMany(pair => pair.From.Zip(pair.To)).ToDictionary(p => p.First, p => p.Second);
}
