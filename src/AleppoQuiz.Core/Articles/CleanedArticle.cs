namespace AleppoQuiz.Core.Articles;

/// <summary>
/// What the cleaner makes of one raw story: the story text, the metadata the raw text itself carried (headline,
/// wire credit, dateline) and the lines it dropped, so a person can check that nothing of the story was lost.
/// </summary>
public sealed record CleanedArticle
{
    /// <summary>The story: paragraphs separated by one blank line, no trailing whitespace or newline.</summary>
    public required string Text { get; init; }

    /// <summary>The published headline when the raw text opened with one; it is no longer part of <see cref="Text"/>.</summary>
    public string? Headline { get; init; }

    /// <summary>
    /// Who the raw text credits for the story: the agency of a source line ("Source: Reuters"), everyone a sign-off
    /// names ("BBC / Reuters", a joint credit), or the agency over a dateline ("AFP").
    /// </summary>
    public string? WireCredit { get; init; }

    /// <summary>The date of a dateline line in the raw text, if it had one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Paragraphs of <see cref="Text"/> (numbered from 1) that are photo captions.</summary>
    public IReadOnlyList<int> CaptionParagraphs { get; init; } = [];

    /// <summary>The paragraph of <see cref="Text"/> (numbered from 1) that is the story's credit line, if it has one.</summary>
    public int? CreditLineParagraph { get; init; }

    /// <summary>Every non-blank line that was dropped, in raw-file order.</summary>
    public required IReadOnlyList<RemovedLine> Removed { get; init; }

    public IReadOnlyList<string> Paragraphs =>
        Text.Length == 0 ? [] : Text.Split("\n\n", StringSplitOptions.None);
}

/// <summary>A line the cleaner dropped from a raw story, and which rule dropped it.</summary>
/// <param name="LineNumber">Position in the raw file, counting from 1.</param>
/// <param name="Text">The line as it stood (trimmed).</param>
/// <param name="Reason">A short human-readable name of the rule, e.g. "boilerplate: browser banner".</param>
public sealed record RemovedLine(int LineNumber, string Text, string Reason);
