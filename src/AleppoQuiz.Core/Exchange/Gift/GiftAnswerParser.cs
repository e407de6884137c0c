using System.Globalization;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Splits the inside of a GIFT answer block into answers. Only the raw split happens here; which question type
/// the answers make is decided by <see cref="GiftAnswerKinds"/>.
/// </summary>
internal static class GiftAnswerParser
{
    /// <param name="body">The text between the braces, still escaped, without the general feedback.</param>
    /// <param name="lineAt">Maps an offset in <paramref name="body"/> to its file line.</param>
    /// <param name="questionFormat">The question's format marker, which an answer's own marker overrides.</param>
    public static List<GiftAnswer> Split(string body, Func<int, int> lineAt, string? questionFormat)
    {
        var starts = new List<int>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                i++;
            }
            else if (body[i] is '=' or '~')
            {
                starts.Add(i);
            }
        }

        var leading = starts.Count == 0 ? body : body[..starts[0]];
        if (leading.Trim().Length > 0)
        {
            var at = body.Length - body.TrimStart().Length;
            throw ExchangeFormatException.AtLine(lineAt(at),
                $"'{Shorten(leading.Trim())}' in an answer block: every answer starts with '=' (right) or '~' (wrong)");
        }

        var answers = new List<GiftAnswer>();
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : body.Length;
            answers.Add(ReadAnswer(body[starts[n]..end], lineAt(starts[n]), questionFormat));
        }

        return answers;
    }

    private static GiftAnswer ReadAnswer(string raw, int line, string? questionFormat)
    {
        var marker = raw[0];
        var rest = raw[1..].TrimStart();
        decimal? weight = null;
        if (rest.StartsWith('%'))
        {
            var close = rest.IndexOf('%', 1);
            if (close < 0 || !decimal.TryParse(rest[1..close], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw ExchangeFormatException.AtLine(line, $"the answer weight in '{Shorten(raw.Trim())}' must be a percentage like %50% or %-100%");
            }

            weight = value;
            rest = rest[(close + 1)..];
        }

        // Per-answer feedback (after '#') has no place in our questions: the explanation covers every answer.
        var feedback = GiftText.IndexOfUnescaped(rest, "#");
        var (format, answer) = GiftFormat.Take(feedback < 0 ? rest : rest[..feedback]);
        var text = GiftFormat.ToPlain(answer, format ?? questionFormat).Trim();
        if (text.Length == 0)
        {
            throw ExchangeFormatException.AtLine(line, $"an answer starting with '{marker}' has no text");
        }

        return new GiftAnswer(marker, weight, text, line);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
