using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Handles a dateline block: a date line, optionally right after an agency credit line ("AFP" then
/// "Fri Dec 16 2016"). The date and the agency become metadata and the block is dropped.
/// Where the block sits decides what else goes:
/// <list type="bullet">
/// <item>after story prose, it closes the story, and a republisher prints its own page below it (photo captions,
/// unrelated headlines), so everything from the block to the end is cut;</item>
/// <item>above the story (only headings or nothing before it), it is a header, and only the block is dropped.</item>
/// </list>
/// </summary>
internal sealed partial class DatelineBlockRule : ICleaningRule
{
    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var dateIndex = lines.FindIndex(line => DateLine.TryParse(line.Text, out _));
        if (dateIndex < 0)
        {
            return;
        }

        _ = DateLine.TryParse(lines[dateIndex].Text, out var date);
        context.FoundDate(date);

        var start = dateIndex;
        if (dateIndex > 0 && CreditLine().IsMatch(lines[dateIndex - 1].Text))
        {
            start = dateIndex - 1;
            context.FoundWireCredit(lines[start].Text);
        }

        var storyAbove = lines.Take(start).Any(line => LineShape.IsProse(line.Text));
        if (storyAbove)
        {
            context.RemoveFrom(start, "after the closing dateline");
        }
        else
        {
            for (var i = dateIndex; i >= start; i--)
            {
                context.RemoveAt(i, "dateline");
            }
        }
    }

    // An agency credit as printed over a dateline: an acronym (AFP, AP, RFE/RL) or a wire agency's name.
    // A closed list rather than "any short line", so that a headline right above a date is not taken for a credit.
    [GeneratedRegex(@"^(?:[A-Z][A-Z/&.-]{1,9}|Reuters|Associated Press|Agence France-Presse|Bloomberg|Xinhua|Bernama|Anadolu(?: Agency)?|dpa)$")]
    private static partial Regex CreditLine();
}
