using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Finds the line by which an outlet credits a news agency, keeps the agency as the story's wire credit and drops
/// the line. Two forms occur: a source line near the top ("/ Source: Reuters") and a sign-off at the foot
/// ("- BBC / Reuters", outlet then agency). Both are short and fully anchored, so no sentence can match.
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
                context.RemoveAt(i, "wire credit");
                i--;
            }
        }
    }

    [GeneratedRegex(@"^/?\s*Source:\s*(?<wire>[A-Z][\w&.' -]{0,40})$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^[-–—]\s*[A-Z][\w&.' ]{0,40}?\s*/\s*(?<wire>[A-Z][\w&.' -]{0,40})$")]
    private static partial Regex SignOff();
}
