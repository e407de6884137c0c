using AngleSharp.Dom;

namespace AleppoQuiz.Core.Articles.Html;

/// <summary>
/// Chooses the element that holds the story. Pages mark it up in many ways, so the choice goes from the most
/// specific marking to the least, and each candidate must hold a fair share of the page's paragraph text: a page
/// that wraps every teaser card in <c>article</c> must not have a teaser chosen over the story.
/// </summary>
internal static class StoryRoot
{
    /// <summary>A candidate must hold at least this share of the paragraph text of the whole page.</summary>
    private const double MinimumShare = 0.4;

    public static IElement Find(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var total = ParagraphLength(body);
        if (total == 0)
        {
            return body;
        }

        string[] markings = ["[itemprop~=articleBody]", "article", "main, [role=main]"];
        foreach (var selector in markings)
        {
            var best = body.QuerySelectorAll(selector)
                .Select(element => (Element: element, Length: ParagraphLength(element)))
                .OrderByDescending(candidate => candidate.Length)
                .FirstOrDefault();
            if (best.Element is not null && best.Length >= total * MinimumShare)
            {
                return best.Element;
            }
        }

        // No marking: the element whose own paragraphs carry most of the text is the story's container.
        var densest = body.QuerySelectorAll("p")
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .Select(parent => (Element: parent, Length: DirectParagraphLength(parent)))
            .OrderByDescending(candidate => candidate.Length)
            .FirstOrDefault();
        return densest.Element is not null && densest.Length >= total * MinimumShare ? densest.Element : body;
    }

    /// <summary>How much paragraph text an element holds: the length of all its <c>p</c> elements' text.</summary>
    public static int ParagraphLength(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static int DirectParagraphLength(IElement element) =>
        element.Children.Where(child => child.LocalName == "p").Sum(p => p.TextContent.Trim().Length);
}
