using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.Articles.Html;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Articles.Html;

/// <summary>
/// A whole saved news page (convoy-story.html, written for these tests in the shape real outlets use): the story's
/// paragraphs must come out word for word, and nothing of the page around them may.
/// </summary>
public sealed class SavedNewsPageTests
{
    private static readonly string[] StoryParagraphs =
    [
        "A convoy of 18 trucks carrying food and winter clothing reached the Hanano district on Sunday, two days after it was first turned back at a checkpoint, the local relief committee said.",
        "\u201CWe waited for forty hours with the engines running at night so the drivers would not freeze,\u201D said Samir Qassab, who coordinated the convoy for the committee.",
        "The committee\u2019s statement put the number of families waiting for supplies at more than 3,000. A spokesman for the provincial governor gave a lower figure, telling reporters that \u201Cabout 1,200 families\u201D remained in the district.",
        "Neither account could be independently verified. Aid workers said the road had been shelled overnight on Friday, but a military official denied that there had been any fighting near the route.",
        "Fuel and medicine",
        "The committee said the next convoy would carry fuel for the district's two bakeries and medicine for a clinic that has treated patients by torchlight since the power failed & the generators ran dry.",
    ];

    private static readonly HtmlPage Page = HtmlArticleExtractor.Extract(
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "AleppoQuiz.Core.Tests", "Articles", "Html", "convoy-story.html")));

    [Fact]
    public void The_story_paragraphs_come_out_verbatim_one_per_line_and_nothing_else() =>
        Assert.Equal(StoryParagraphs, Page.Paragraphs);

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Advertisement")]
    [InlineData("Share on")]
    [InlineData("Copy link")]
    [InlineData("Leila Mansour")]
    [InlineData("Trucks waited")]
    [InlineData("Related stories")]
    [InlineData("Ceasefire talks")]
    [InlineData("renderInlinePoll")]
    [InlineData("dataLayer")]
    [InlineData("Sign up")]
    [InlineData("Bakeries reopen")]
    [InlineData("All rights reserved")]
    [InlineData("Middle East")]
    public void Page_furniture_is_gone(string furniture) =>
        Assert.DoesNotContain(furniture, Page.Text, StringComparison.Ordinal);

    [Fact]
    public void The_page_describes_itself_headline_date_outlet_and_address()
    {
        Assert.Equal("Aid convoy reaches Hanano district after two-day delay", Page.Headline);
        Assert.Equal(new DateOnly(2016, 12, 18), Page.Date);
        Assert.Equal("The Valley Ledger", Page.SiteName);
        Assert.Equal("https://ledger.example/world/middle-east/aid-convoy-hanano", Page.Url);
    }

    [Fact]
    public void The_line_cleaner_keeps_every_story_paragraph_of_the_extracted_page()
    {
        var cleaned = ArticleCleaner.Default.Clean(Page.Text);

        Assert.Equal(string.Join("\n\n", StoryParagraphs), cleaned.Text);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void The_importer_turns_the_page_into_an_article_with_the_pages_metadata()
    {
        var article = new ArticleImporter().Import(Page.Text, new ArticleMetadata
        {
            Id = "valley-ledger-convoy",
            Outlet = Page.SiteName!,
            Date = Page.Date,
            Title = Page.Headline,
            TitleSource = ArticleImporter.PublishedTitle,
            Url = Page.Url,
        });

        Assert.Equal("The Valley Ledger", article.WireCredit);
        Assert.StartsWith(StoryParagraphs[0], article.Text, StringComparison.Ordinal);
    }
}
