namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Takes a headline off the top of the story. Pages print the headline as the first line, and it reads unlike
/// the story's sentences: a few words, no closing punctuation. It becomes the article's published title rather
/// than a paragraph of the text. Runs after the furniture rules, so a browser banner above it does not hide it.
/// </summary>
internal sealed class LeadingHeadlineRule : ICleaningRule
{
    public void Apply(CleaningContext context)
    {
        var first = context.NextContentIndex(0);
        if (first >= 0 && context.IsCreditLine(context.Lines[first]))
        {
            // "Source: Reuters" above the story is a credit, never the headline; the headline may follow it.
            first = context.NextContentIndex(first + 1);
        }

        if (first < 0 || context.NextContentIndex(first + 1) < 0)
        {
            // A file of one line is a story of one paragraph, not a headline with nothing under it.
            return;
        }

        var text = context.Lines[first].Text;
        if (LineShape.LooksLikeHeadline(text))
        {
            context.Headline = text;
            context.RemoveAt(first, "headline");
        }
    }
}
