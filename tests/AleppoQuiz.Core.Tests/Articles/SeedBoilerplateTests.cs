namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>Page furniture of the five seed pages is gone, and nothing but furniture was dropped.</summary>
public sealed class SeedBoilerplateTests
{
    public static TheoryData<string> Ids => ["afp", "voa", "bbc", "nbc", "rferl"];

    [Theory]
    [InlineData("Kelantan")]
    [InlineData("COP29")]
    [InlineData("Filepix")]
    [InlineData("Fri Dec 16 2016")]
    [InlineData("IE 11")]
    [InlineData("not supported")]
    [InlineData("Getty Images")]
    [InlineData("Image:")]
    [InlineData("Copyright")]
    [InlineData("Reprinted with the permission")]
    [InlineData("Document #")]
    [InlineData("(Author)")]
    [InlineData("View full gallery")]
    [InlineData("Also see")]
    [InlineData("Special Project")]
    [InlineData("More Coverage")]
    public void Boilerplate_is_in_no_cleaned_story(string boilerplate) =>
        Assert.All(SeedCorpus.Imported.Values, article =>
            Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal));

    [Fact]
    public void Afp_story_ends_at_its_dateline_and_the_republishers_page_is_cut()
    {
        var removed = SeedCorpus.Cleaned("afp").Removed;

        // The raw story has 43 lines, then "AFP", the date, a photo caption and 40 lines of unrelated headlines.
        Assert.Equal(43, SeedCorpus.Paragraphs("afp").Count);
        Assert.Equal(("AFP", 44), (removed[0].Text, removed[0].LineNumber));
        Assert.All(removed, line => Assert.True(line.LineNumber >= 44, $"story line {line.LineNumber} was dropped"));
        Assert.Equal(86 - 43, removed.Count);
    }

    [Fact]
    public void Voa_loses_only_repeated_captions_and_related_links()
    {
        var removed = SeedCorpus.Cleaned("voa").Removed.Select(line => line.Text);
        Assert.Equal(
            [
                "Rebel fighters sit on the rubble of damaged buildings as they wait to be evacuated from a rebel-held sector of eastern Aleppo, Syria Dec. 16, 2016.",
                "Forces loyal to Syria's President Bashar al-Assad",
                "A member of forces loyal to Syria's President Bash",
                "A rebel fighter stands near a bus transporting eva",
                "FILE - U.S. Secretary of State John Kerry gives a",
                "Also see: Aleppo Evacuation in photos",
                "View full gallery",
                "Special Project",
                "More Coverage",
            ],
            removed);
    }

    [Fact]
    public void Bbc_loses_nothing_and_keeps_its_joint_credit_as_the_last_paragraph()
    {
        var bbc = SeedCorpus.Article("bbc");
        Assert.Empty(SeedCorpus.Cleaned("bbc").Removed);
        Assert.Equal("- BBC / Reuters", SeedCorpus.Paragraphs("bbc")[^1]);
        Assert.Equal(SeedCorpus.Paragraphs("bbc").Count, bbc.CreditLineParagraph);
        Assert.Equal("BBC / Reuters", bbc.WireCredit);
    }

    [Fact]
    public void Nbc_loses_banner_headline_repeated_standfirst_and_image_lines_but_keeps_its_source_line()
    {
        Assert.Equal(
            [
                "IE 11 is not supported. For an optimal experience visit our site on another browser.",
                "Civilians Still Trapped as Aleppo Evacuation Stalls",
                "Evacuations from the city's last rebel-held enclave broke down during the operation's second day, with both sides trading the blame for the impasse.",
                "Image:  SYRIA-CONFLICT",
                "Syrian children play in a government-held area of Aleppo on Friday.AFP - Getty Images",
            ],
            SeedCorpus.Cleaned("nbc").Removed.Select(line => line.Text));
        Assert.Equal("/ Source: Reuters", SeedCorpus.Paragraphs("nbc")[0]);
        Assert.Equal(1, SeedCorpus.Article("nbc").CreditLineParagraph);
    }

    [Fact]
    public void Nbc_keeps_the_standfirsts_sentence_once_as_the_story_wrote_it()
    {
        var paragraphs = SeedCorpus.Paragraphs("nbc");
        Assert.Single(paragraphs, p => p.StartsWith("Evacuations from the city's last rebel-held enclave", StringComparison.Ordinal));
        Assert.Contains("Evacuations from the city's last rebel-held enclave stalled during the operation's second day, with both sides trading the blame for the impasse.", paragraphs);
    }

    [Fact]
    public void Rferl_loses_archive_header_author_line_and_copyright()
    {
        var removed = SeedCorpus.Cleaned("rferl").Removed;
        Assert.Equal(
            ["boilerplate: archive header", "boilerplate: author line", "boilerplate: copyright notice"],
            removed.Select(line => line.Reason));
        Assert.Equal([1, 2, 39], removed.Select(line => line.LineNumber));
    }
}
