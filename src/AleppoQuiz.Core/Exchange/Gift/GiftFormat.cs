namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// GIFT's text formats, <c>[html]</c>, <c>[markdown]</c>, <c>[plain]</c> and <c>[moodle]</c>: written before a
/// question's text (for the whole question) or before one answer (for that answer), and turned into the bank's
/// plain text on import.
/// </summary>
internal static class GiftFormat
{
    public const string Html = "[html]";
    public const string Markdown = "[markdown]";
    private static readonly string[] Markers = [Html, "[moodle]", "[plain]", Markdown];

    /// <summary>The marker at the start of <paramref name="text"/> (after spaces), if any, and the text after it.</summary>
    public static (string? Marker, string Text) Take(string text)
    {
        var trimmed = text.TrimStart();
        var marker = Markers.FirstOrDefault(m => trimmed.StartsWith(m, StringComparison.OrdinalIgnoreCase));
        return marker is null ? (null, text) : (marker, trimmed[marker.Length..]);
    }

    /// <summary>Escaped GIFT text in the given format as plain text.</summary>
    public static string ToPlain(string escaped, string? marker)
    {
        var text = GiftText.Unescape(escaped);
        return marker?.ToLowerInvariant() switch
        {
            Html => HtmlText.ToPlain(text),
            Markdown => HtmlText.ToPlain(Markdig.Markdown.ToHtml(text)),
            _ => text.Trim(),
        };
    }

    /// <summary>Whether plain text would be taken for a format marker if written as it is.</summary>
    public static bool LooksMarked(string text) => Take(text).Marker is not null;
}
