using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Core.Tests.Articles.Html;

/// <summary>How a page's title becomes a headline when the page has no headline element.</summary>
public sealed class PageTitleTests
{
    [Theory]
    [InlineData("Talks resume in Geneva - Example News", "Example News", "Talks resume in Geneva")]
    [InlineData("Talks resume in Geneva | World | Middle East | Example News", "Example News", "Talks resume in Geneva")]
    [InlineData("Talks resume in Geneva – Example News", null, "Talks resume in Geneva")]
    [InlineData("Aleppo - the long road out of the old city", null, "Aleppo - the long road out of the old city")]
    [InlineData("Pro-government forces retake the citadel", null, "Pro-government forces retake the citadel")]
    [InlineData("  Evacuation   halted\n", null, "Evacuation halted")]
    public void The_site_name_suffix_is_removed_and_the_rest_reads_as_published(string title, string? siteName, string expected) =>
        Assert.Equal(expected, PageTitle.WithoutSiteName(title, siteName));

    [Fact]
    public void An_empty_title_gives_no_headline() =>
        Assert.Null(PageTitle.WithoutSiteName(" \n ", null));
}
