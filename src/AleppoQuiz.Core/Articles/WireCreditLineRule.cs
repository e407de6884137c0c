using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Finds the line by which an outlet credits a news agency and keeps it in the text, marked as the credit line, so a
/// question about who supplied the story can quote it. Two forms occur: a source line near the top
/// ("/ Source: Reuters", the agency alone) and a sign-off at the foot ("- BBC / Reuters", a joint credit: the outlet's
/// own reporting and the agency's, so the credit is both names). Both are short and fully anchored, so no sentence
/// can match.
/// </summary>
internal sealed partial class WireCreditLineRule : ICleaningRule
{
    public void Apply(CleaningContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            var match = SourceLine().Match(text);
            if (!match.Success)
            {
                match = SignOff().Match(text);
            }

            if (match.Success)
            {
                context.FoundWireCredit(match.Groups["wire"].Value.Trim());
                context.MarkCreditLine(context.Lines[i]);
            }
        }
    }

    [GeneratedRegex(@"^/?\s*Source:\s*(?<wire>[A-Z][\w&.' -]{0,40})$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^[-–—]\s*(?<wire>[A-Z][\w&.' ]{0,40}?\s*/\s*[A-Z][\w&.' -]{0,40})$")]
    private static partial Regex SignOff();
}
