using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>What the raw text says about itself is found by the cleaner, and ends up in the article header.</summary>
public sealed class SeedMetadataTests
{
    [Fact]
    public void Nbc_headline_is_taken_from_the_raw_text_as_a_published_title()
    {
        Assert.Equal("Civilians Still Trapped as Aleppo Evacuation Stalls", SeedCorpus.Cleaned("nbc").Headline);

        var nbc = SeedCorpus.Article("nbc");
        Assert.Equal("Civilians Still Trapped as Aleppo Evacuation Stalls", nbc.Title);
        Assert.Equal("published", nbc.TitleSource);
        Assert.DoesNotContain("Civilians Still Trapped as Aleppo Evacuation Stalls", nbc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bbc", "BBC / Reuters")]
    [InlineData("nbc", "Reuters")]
    [InlineData("afp", "AFP")]
    public void Wire_credit_is_read_from_the_raw_text(string id, string credit)
    {
        Assert.Equal(credit, SeedCorpus.Cleaned(id).WireCredit);
        Assert.Equal(credit, SeedCorpus.Article(id).WireCredit);
    }

    [Fact]
    public void Afp_dateline_gives_the_date() =>
        Assert.Equal(new DateOnly(2016, 12, 16), SeedCorpus.Cleaned("afp").Date);

    [Fact]
    public void Text_metadata_is_enough_when_the_manifest_gives_only_id_and_outlet()
    {
        var nbc = new ArticleImporter().Import(
            SeedCorpus.Raw("nbc"),
            new ArticleMetadata { Id = "nbc", Outlet = "NBC News", Date = new DateOnly(2016, 12, 16) });

        Assert.Equal(("Civilians Still Trapped as Aleppo Evacuation Stalls", "published", "Reuters"), (nbc.Title, nbc.TitleSource, nbc.WireCredit));
    }

    [Theory]
    [InlineData("afp", "AFP", "AFP", "2016-12-16", "editor", "000_3f698ca0c8530b96.txt")]
    [InlineData("voa", "Voice of America", "Voice of America", "2016-12-17", "editor", "001_43cd5d9708eaedff.txt")]
    [InlineData("bbc", "BBC", "BBC / Reuters", "2016-12-16", "editor", "002_4bf62f779b4ed286.txt")]
    [InlineData("nbc", "NBC News", "Reuters", "2016-12-16", "published", "003_9998f0572115dbc0.txt")]
    [InlineData("rferl", "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty", "2016-12-16", "editor", "004_f24e29bdde54b1ea.txt")]
    public void Each_article_carries_its_outlet_credit_date_and_origin(
        string id, string outlet, string credit, string date, string titleSource, string originalFile)
    {
        var article = SeedCorpus.Article(id);
        Assert.Equal(
            (outlet, credit, DateOnly.Parse(date), titleSource, originalFile),
            (article.Outlet, article.WireCredit, article.Date, article.TitleSource, article.OriginalFile));
        Assert.False(string.IsNullOrWhiteSpace(article.Title));
    }
}
