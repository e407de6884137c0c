namespace AleppoQuiz.Core.Articles;

/// <summary>
/// The lines of one story while the rules run over it, plus what the rules have found out about it.
/// Blank lines stay in the list so that rules can tell adjacent lines (a scrape artefact) from separate paragraphs.
/// </summary>
internal sealed class CleaningContext(IEnumerable<ArticleLine> lines)
{
    private readonly List<RemovedLine> removed = [];

    public List<ArticleLine> Lines { get; } = [.. lines];

    public string? Headline { get; set; }

    public string? WireCredit { get; private set; }

    public DateOnly? Date { get; private set; }

    public IReadOnlyList<RemovedLine> Removed => removed.OrderBy(line => line.LineNumber).ToList();

    /// <summary>The first credit found wins: the raw text rarely carries two, and the manifest cross-checks it.</summary>
    public void FoundWireCredit(string credit) => WireCredit ??= credit;

    public void FoundDate(DateOnly date) => Date ??= date;

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
