using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Contradictions;

/// <summary>
/// "Who fired on the convoys?": sources that blame different sides of the war contradict each other. Only
/// attributed statements about the convoys count.
/// </summary>
public class BlameClaimExtractorTests
{
    private static IReadOnlyList<Claim> Claims(string outlet, string text)
    {
        var attributions = SpeakerResolver.Resolve(text, AttributionExtractor.Default.Extract(text).Attributions);
        return BlameClaimExtractor.Extract(new StoryArticle(outlet.ToLowerInvariant(), outlet, text), attributions);
    }

    [Theory]
    [InlineData("The government said rebel fighters had fired on the convoys at a checkpoint.", true)]
    [InlineData("The government said a convoy leaving Aleppo was fired on by the rebels.", true)]
    [InlineData("Rebel sources said pro-government militias opened fire on buses carrying civilians.", false)]
    [InlineData("The convoys stopped at a checkpoint. Rebels said pro-government forces opened fire.", false)]
    public void The_side_blamed_decides_the_claim(string text, bool blamesRebels)
    {
        var claim = Assert.Single(Claims("BBC", text));

        Assert.Equal(blamesRebels, claim.Affirmed);
        Assert.Equal(BlameClaimExtractor.Wording, claim.Wording);
        Assert.Equal(claim.Evidence.Quote, text[claim.Evidence.Start..claim.Evidence.End]);
    }

    [Theory]
    [InlineData("Rebel fighters fired on the convoys at a checkpoint.")]
    [InlineData("The army said rebels opened fire on a checkpoint near the airport.")]
    [InlineData("Officials said unknown gunmen fired on the convoys.")]
    public void The_reporter_s_own_words_other_targets_and_unknown_shooters_are_no_claim(string text) =>
        Assert.Empty(Claims("BBC", text));

    [Fact]
    public void Blaming_the_other_side_contradicts_and_reads_as_such()
    {
        var claims = Claims("BBC", "The government said rebel fighters had fired on the convoys.")
            .Concat(Claims("NBC News", "Rebel sources said pro-government militias opened fire on buses."))
            .ToList();

        var conflict = Assert.Single(ContradictionFinder.Find(claims));

        Assert.Equal("rebels fired on the convoys", conflict.Proposition);
        Assert.Equal("pro-government forces, not rebels, fired on the convoys", Assert.Single(conflict.Denying).Statement);
        Assert.Equal("No, pro-government forces did", conflict.Wording.DenyingLabel);
    }

    [Fact]
    public void The_seed_story_sets_the_government_against_the_rebels_over_the_convoys()
    {
        var conflict = Assert.Single(SeedStory.Analysis.Contradictions, c => c.Wording == BlameClaimExtractor.Wording);
        var blameRebels = conflict.Affirming.Select(c => (c.Speaker, c.Outlet)).ToHashSet();
        var blameMilitias = conflict.Denying.Select(c => (c.Speaker, c.Outlet)).ToHashSet();

        Assert.Contains(("government", "BBC"), blameRebels);
        Assert.Contains(("Syrian government", "RFE/RL"), blameRebels);
        Assert.Contains(("rebels", "BBC"), blameMilitias);
        Assert.Contains(("rebel sources", "NBC News"), blameMilitias);
        Assert.All(conflict.Affirming.Concat(conflict.Denying), c =>
            Assert.Equal(c.Evidence.Quote, SeedStory.TextOf(c.Evidence.ArticleId)[c.Evidence.Start..c.Evidence.End]));
    }
}
