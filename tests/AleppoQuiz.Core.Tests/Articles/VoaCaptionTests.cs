using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>VOA's raw page prints every photo caption twice; the article keeps each one once, in full.</summary>
public sealed class VoaCaptionTests
{
    public static TheoryData<string> FullCaptions =>
    [
        "Rebel fighters sit on the rubble of damaged buildings as they wait to be evacuated from a rebel-held sector of eastern Aleppo, Syria Dec. 16, 2016.",
        "Forces loyal to Syria's President Bashar al-Assad sit on a tank as a convoy of buses and other vehicles bringing people out of eastern Aleppo turns back in the direction of the besieged rebel enclave, Syria, Dec. 16, 2016.",
        "A member of forces loyal to Syria's President Bashar al-Assad stands near damaged buildings in Aleppo's Salaheddine district, Syria, Dec. 16, 2016.",
        "A rebel fighter stands near a bus transporting evacuees from rebel-held eastern Aleppo, upon their arrival to an area on the western edge of Aleppo city which is held by insurgents, in Syria Dec. 16, 2016.",
        "FILE - U.S. Secretary of State John Kerry gives a press conference after a meeting on Syria, in Paris.",
    ];

    [Theory]
    [MemberData(nameof(FullCaptions))]
    public void Each_caption_appears_exactly_once_and_in_full(string caption)
    {
        var text = SeedCorpus.Article("voa").Text;
        Assert.Equal(1, CountOccurrences(text, caption));
        Assert.Single(SeedCorpus.Paragraphs("voa"), paragraph => paragraph == caption);
    }

    [Theory]
    [InlineData("Forces loyal to Syria's President Bashar al-Assad")]
    [InlineData("A member of forces loyal to Syria's President Bash")]
    [InlineData("A rebel fighter stands near a bus transporting eva")]
    [InlineData("FILE - U.S. Secretary of State John Kerry gives a")]
    public void No_cut_short_caption_is_left_as_a_paragraph(string teaser) =>
        Assert.DoesNotContain(teaser, SeedCorpus.Paragraphs("voa"));

    [Fact]
    public void Every_caption_and_only_a_caption_is_marked_as_one()
    {
        var voa = SeedCorpus.Article("voa");
        var marked = voa.CaptionParagraphs.Select(n => SeedCorpus.Paragraphs("voa")[n - 1]).ToArray();
        Assert.Equal(5, marked.Length);
        Assert.All(marked, caption => Assert.True(
            caption.EndsWith("Dec. 16, 2016.", StringComparison.Ordinal) || caption.StartsWith("FILE - ", StringComparison.Ordinal), caption));
        Assert.Equal("Rebel fighters sit on the rubble of damaged buildings as they wait to be evacuated from a rebel-held sector of eastern Aleppo, Syria Dec. 16, 2016.", marked[0]);
    }

    [Fact]
    public void The_reporting_text_blanks_the_captions_and_keeps_every_offset()
    {
        var voa = SeedCorpus.Article("voa");
        var reporting = ArticleParagraphs.ReportingText(voa);
        var cavusoglu = voa.Text.IndexOf("said Turkish Foreign Minister Mevlut Cavusoglu", StringComparison.Ordinal);

        Assert.Equal(voa.Text.Length, reporting.Length);
        Assert.DoesNotContain("Rebel fighters sit on the rubble", reporting, StringComparison.Ordinal);
        Assert.Equal(cavusoglu, reporting.IndexOf("said Turkish Foreign Minister Mevlut Cavusoglu", StringComparison.Ordinal));
        Assert.Equal(ParagraphRole.Caption, ArticleParagraphs.RoleAt(voa, 0));
        Assert.Equal(ParagraphRole.Story, ArticleParagraphs.RoleAt(voa, cavusoglu));
    }

    [Fact]
    public void Captions_keep_their_place_in_the_story()
    {
        var paragraphs = SeedCorpus.Paragraphs("voa");
        var kerryCaption = paragraphs.ToList().IndexOf("FILE - U.S. Secretary of State John Kerry gives a press conference after a meeting on Syria, in Paris.");
        Assert.Equal("Kerry criticizes terrorizing of civilians", paragraphs[kerryCaption + 1]);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
