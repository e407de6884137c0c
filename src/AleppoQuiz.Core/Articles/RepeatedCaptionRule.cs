namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Photo galleries scrape badly: a caption comes out twice on adjacent lines, either twice in full or first as a
/// teaser cut after a fixed number of characters ("A member of forces loyal to Syria's President Bash") and then
/// in full. This rule keeps the last, full copy and marks it as a caption: it is the photo agency's text about a
/// picture, not the outlet's reporting. Only lines with no blank line between them count, and a cut-short copy must
/// be long enough that a section heading which happens to start the next paragraph is never taken for one.
/// </summary>
internal sealed class RepeatedCaptionRule : ICleaningRule
{
    /// <summary>Teasers are cut at around 50 characters; real headings that prefix a paragraph are much shorter.</summary>
    internal const int MinimumTeaserLength = 30;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var i = 0;
        while (i < lines.Count - 1)
        {
            var line = lines[i].Text;
            var next = lines[i + 1].Text;
            if (line.Length == 0 || next.Length == 0)
            {
                i++;
            }
            else if (string.Equals(line, next, StringComparison.Ordinal))
            {
                context.MarkCaption(lines[i + 1]);
                context.RemoveAt(i, "repeated caption");
            }
            else if (line.Length >= MinimumTeaserLength && next.Length > line.Length
                     && next.StartsWith(line, StringComparison.Ordinal))
            {
                context.MarkCaption(lines[i + 1]);
                context.RemoveAt(i, "cut-short caption");
            }
            else
            {
                i++;
            }
        }
    }
}
