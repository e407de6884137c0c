using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// Recognises the same story imported twice. Two copies of one story differ in ways a reader does not notice:
/// straight or curly quotes, dash styles, line breaks, letter case, compatibility characters. The fingerprint
/// ignores those and nothing else, so two different stories never share one.
/// </summary>
internal static class ArticleFingerprint
{
    public static string Of(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>
    /// A web address in the form imports are compared in: no fragment (a link to a paragraph is the same page) and
    /// no trailing slash. Null when the value is not an absolute http(s) address.
    /// </summary>
    public static string? NormalizeUrl(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var withoutFragment = uri.GetLeftPart(UriPartial.Query);
        return uri.Query.Length == 0 ? withoutFragment.TrimEnd('/') : withoutFragment;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLower(c, CultureInfo.InvariantCulture),
    };
}
