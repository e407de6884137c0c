namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Takes the story out of a saved news page: finds the element that holds the story, removes the page furniture
/// inside it (scripts, navigation, share bars, bylines, related links, captions) and writes one line per paragraph.
/// Paragraph text is never edited beyond what a browser does when it renders it (entities decoded, runs of
/// whitespace shown as one space), so quotes copied from the page match the stored story character for character.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <exception cref="HtmlTooDeepException">The page nests elements deeper than <see cref="HtmlNesting.MaximumDepth"/>.</exception>
    public static HtmlPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        var document = HtmlNesting.Parse(html);
        var root = StoryRoot.Find(document);

        // Metadata first: the headline and the dates sit in elements that count as furniture below.
        var metadata = PageMetadata.Read(document, root);
        PageFurniture.RemoveFrom(root);

        var lines = ParagraphWriter.Lines(root).Where(line => !FurnitureLines.IsFurniture(line));
        return new HtmlPage
        {
            Text = string.Join('\n', lines),
            Headline = metadata.Headline,
            Date = metadata.Date,
            SiteName = metadata.SiteName,
            Url = metadata.Url,
        };
    }

    /// <summary>
    /// A quick look at the start of some text: is it an HTML document rather than prose? Used when a teacher pastes
    /// the source of a page instead of its text.
    /// </summary>
    public static bool LooksLikeHtmlDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
