namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Turns a raw scraped story into clean story text. It only drops whole lines and normalises line breaks and
/// whitespace at line ends; the words, quotes and punctuation of every line it keeps are left exactly as scraped.
/// The result has one paragraph per remaining line, separated by exactly one blank line. Photo captions and the
/// credit line stay in the text as published, numbered apart so that nothing reads them as the outlet's reporting.
/// </summary>
public sealed class ArticleCleaner
{
    private readonly IReadOnlyList<ICleaningRule> rules;

    internal ArticleCleaner(IReadOnlyList<ICleaningRule> rules) => this.rules = rules;

    /// <summary>
    /// The rules in the order they must run: known furniture and credits first, so that the dateline, caption and
    /// headline rules see the story's own lines next to each other.
    /// </summary>
    public static ArticleCleaner Default { get; } = new(
    [
        new BoilerplateLineRule(),
        new WireCreditLineRule(),
        new DatelineBlockRule(),
        new RepeatedCaptionRule(),
        new RepeatedStandfirstRule(),
        new LeadingHeadlineRule(),
    ]);

    public CleanedArticle Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        var context = new CleaningContext(ArticleLine.Split(raw));
        foreach (var rule in rules)
        {
            rule.Apply(context);
        }

        var paragraphs = context.Paragraphs();
        int[] Numbered(ParagraphRole role) =>
            paragraphs.Select((p, i) => (p.Role, Number: i + 1)).Where(p => p.Role == role).Select(p => p.Number).ToArray();

        return new CleanedArticle
        {
            Text = string.Join("\n\n", paragraphs.Select(p => p.Text)),
            CaptionParagraphs = Numbered(ParagraphRole.Caption),
            CreditLineParagraph = Numbered(ParagraphRole.CreditLine).Cast<int?>().FirstOrDefault(),
            Headline = context.Headline,
            WireCredit = context.WireCredit,
            Date = context.Date,
            Removed = context.Removed,
        };
    }
}
