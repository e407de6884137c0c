using System.Text;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// GIFT's backslash escapes. The characters <c>~ = # { } :</c> mean something in GIFT, so text carrying them is
/// written with a backslash in front; a newline is written as <c>\n</c> because a blank line ends a question.
/// </summary>
internal static class GiftText
{
    private const string Special = "~=#{}:\\";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                escaped.Append("\\n");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; an unknown escape such as <c>\x</c> is kept as written.</summary>
    public static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                plain.Append(text[i]);
                continue;
            }

            var next = text[++i];
            if (next == 'n')
            {
                plain.Append('\n');
            }
            else
            {
                if (!Special.Contains(next, StringComparison.Ordinal))
                {
                    plain.Append('\\');
                }

                plain.Append(next);
            }
        }

        return plain.ToString();
    }

    /// <summary>The first place at or after <paramref name="start"/> where <paramref name="token"/> occurs unescaped, or -1.</summary>
    public static int IndexOfUnescaped(string text, string token, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
