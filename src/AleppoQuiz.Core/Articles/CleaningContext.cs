namespace AleppoQuiz.Core.Articles;

/// <summary>
/// The lines of one story while the rules run over it, plus what the rules have found out about it.
/// Blank lines stay in the list so that rules can tell adjacent lines (a scrape artefact) from separate paragraphs.
/// </summary>
internal sealed class CleaningContext(IEnumerable<ArticleLine> lines)
{
    private readonly List<RemovedLine> removed = [];
    private readonly HashSet<int> captionLines = [];
    private int? creditLine;

    public List<ArticleLine> Lines { get; } = [.. lines];

    public string? Headline { get; set; }

    public string? WireCredit { get; private set; }

    public DateOnly? Date { get; private set; }

    public IReadOnlyList<RemovedLine> Removed => removed.OrderBy(line => line.LineNumber).ToList();

    /// <summary>The first credit found wins: the raw text rarely carries two, and the manifest cross-checks it.</summary>
    public void FoundWireCredit(string credit) => WireCredit ??= credit;

    public void FoundDate(DateOnly date) => Date ??= date;

    /// <summary>Keeps <paramref name="line"/> in the text but marks it as a photo caption, not the outlet's reporting.</summary>
    public void MarkCaption(ArticleLine line) => captionLines.Add(line.Number);

    /// <summary>Keeps <paramref name="line"/> in the text as the story's credit line; the first one found wins.</summary>
    public void MarkCreditLine(ArticleLine line) => creditLine ??= line.Number;

    public bool IsCreditLine(ArticleLine line) => line.Number == creditLine;

    /// <summary>
    /// The kept lines as paragraphs (numbered from 1, as in the cleaned text) with the role each plays.
    /// </summary>
    public IReadOnlyList<(string Text, ParagraphRole Role)> Paragraphs() =>
        Lines.Where(line => !line.IsBlank)
            .Select(line => (line.Text, line.Number == creditLine ? ParagraphRole.CreditLine
                : captionLines.Contains(line.Number) ? ParagraphRole.Caption
                : ParagraphRole.Story))
            .ToList();

    public void RemoveAt(int index, string reason)
    {
        var line = Lines[index];
        if (!line.IsBlank)
        {
            removed.Add(new RemovedLine(line.Number, line.Text, reason));
        }

        Lines.RemoveAt(index);
    }

    /// <summary>Drops the line at <paramref name="index"/> and everything after it.</summary>
    public void RemoveFrom(int index, string reason)
    {
        while (Lines.Count > index)
        {
            RemoveAt(Lines.Count - 1, reason);
        }
    }

    /// <summary>The index of the first non-blank line at or after <paramref name="start"/>, or -1.</summary>
    public int NextContentIndex(int start)
    {
        for (var i = start; i < Lines.Count; i++)
        {
            if (!Lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// One step of the cleaner. A rule may only drop whole lines and record what it learned (headline, credit, date);
/// it never edits the text of a line that stays, so story sentences survive exactly as published.
/// </summary>
internal interface ICleaningRule
{
    void Apply(CleaningContext context);
}
