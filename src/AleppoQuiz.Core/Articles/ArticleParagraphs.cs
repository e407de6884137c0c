namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Reads an article by paragraph role: which paragraph a span of the text falls in and what that paragraph is, and
/// the text as the outlet reported it, with captions and the credit line blanked out for the attribution engine.
/// </summary>
public static class ArticleParagraphs
{
    /// <summary>The role of the paragraph holding <paramref name="offset"/>.</summary>
    public static ParagraphRole RoleAt(ArticleDocument article, int offset)
    {
        ArgumentNullException.ThrowIfNull(article);
        var number = NumberAt(article.Text, offset);
        return RoleOf(article, number);
    }

    /// <summary>
    /// The text with every caption and credit-line paragraph replaced by spaces of the same length: what the outlet
    /// itself reports, with every offset still pointing where it points in <see cref="ArticleDocument.Text"/>.
    /// </summary>
    public static string ReportingText(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.CaptionParagraphs.Count == 0 && article.CreditLineParagraph is null)
        {
            return article.Text;
        }

        var paragraphs = article.Text.Split("\n\n");
        return string.Join("\n\n", paragraphs.Select((text, i) =>
            RoleOf(article, i + 1) == ParagraphRole.Story ? text : new string(' ', text.Length)));
    }

    private static ParagraphRole RoleOf(ArticleDocument article, int number) =>
        number == article.CreditLineParagraph ? ParagraphRole.CreditLine
        : article.CaptionParagraphs.Contains(number) ? ParagraphRole.Caption
        : ParagraphRole.Story;

    // Paragraphs are separated by exactly one blank line, so each "\n\n" before the offset starts a new one.
    private static int NumberAt(string text, int offset)
    {
        var number = 1;
        var at = text.IndexOf("\n\n", StringComparison.Ordinal);
        while (at >= 0 && at < offset)
        {
            number++;
            at = text.IndexOf("\n\n", at + 2, StringComparison.Ordinal);
        }

        return number;
    }
}
