namespace AleppoQuiz.Core.Articles;

/// <summary>
/// A standfirst (the summary printed under a headline) that the story then repeats as one of its own paragraphs,
/// word for word but for a word or two ("broke down" above, "stalled" below). Kept twice it would make the story
/// say the same thing twice, so the standfirst goes and the story keeps its own paragraph, where it was written.
/// Only a line among the first few of the page counts, and only when it is a full sentence of some length.
/// </summary>
internal sealed class RepeatedStandfirstRule : ICleaningRule
{
    /// <summary>The standfirst sits right under the headline, before any photo furniture and the first paragraphs.</summary>
    private const int StandfirstZone = 3;

    /// <summary>Words that may differ between the two copies: an editor's touch, not a different sentence.</summary>
    private const int MaximumWordEdits = 2;

    // Short lines differ by a word or two by chance ("The opening paragraph…", "The closing paragraph…").
    private const int MinimumWords = 15;

    public void Apply(CleaningContext context)
    {
        var content = Enumerable.Range(0, context.Lines.Count).Where(i => !context.Lines[i].IsBlank).ToList();
        foreach (var candidate in content.Take(StandfirstZone))
        {
            var words = Words(context.Lines[candidate].Text);
            if (words.Length < MinimumWords || !LineShape.IsProse(context.Lines[candidate].Text))
            {
                continue;
            }

            var repeated = content.Where(i => i > candidate)
                .Any(i => WordEdits(words, Words(context.Lines[i].Text)) is > 0 and <= MaximumWordEdits);
            if (repeated)
            {
                context.RemoveAt(candidate, "standfirst repeated in the story");
                return;
            }
        }
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Word-level edit distance, cut short once it exceeds what could still count as a repeat.
    private static int WordEdits(string[] a, string[] b)
    {
        if (Math.Abs(a.Length - b.Length) > MaximumWordEdits)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
