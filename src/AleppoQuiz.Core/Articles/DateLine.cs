using System.Globalization;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Recognises a line that is nothing but a date, as news pages print them in datelines
/// ("Fri Dec 16 2016", "December 16, 2016", "16 December 2016", "2016-12-16").
/// A sentence that contains a date is not a date line.
/// </summary>
internal static class DateLine
{
    private static readonly string[] Formats =
    [
        "ddd MMM d yyyy", "ddd, MMM d, yyyy", "ddd MMM d, yyyy", "dddd, MMMM d, yyyy", "dddd MMMM d yyyy",
        "dddd, d MMMM yyyy", "dddd d MMMM yyyy", "ddd, d MMM yyyy", "ddd d MMM yyyy",
        "MMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMMM d, yyyy", "MMMM d yyyy",
        "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd",
    ];

    public static bool TryParse(string line, out DateOnly date)
    {
        date = default;

        // Dates are short; the length check keeps long sentences away from the parser.
        if (line.Length is 0 or > 40
            || !DateTime.TryParseExact(line, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return false;
        }

        date = DateOnly.FromDateTime(parsed);
        return true;
    }
}
