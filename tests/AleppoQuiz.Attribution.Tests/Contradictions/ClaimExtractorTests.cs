using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Contradictions;

public class ClaimExtractorTests
{
    private static IReadOnlyList<Claim> Claims(string id, string outlet, string text)
    {
        var article = new StoryArticle(id, outlet, text);
        var attributions = SpeakerResolver.Resolve(text, AttributionExtractor.Default.Extract(text).Attributions);
        return ClaimExtractor.Extract(article, attributions);
    }

    [Fact]
    public void Polarity_comes_from_not_yet_and_far_from()
    {
        var claims = Claims("a", "AFP", "A Syrian military source said the evacuation had been suspended but was not yet over. Rebels said the evacuation was far from over. The ministry said the evacuation is complete.");
        Assert.Equal([false, false, true], claims.Select(c => c.Affirmed).ToArray());
        Assert.All(claims, c => Assert.Equal("evacuation", c.Topic));
    }

    [Fact]
    public void Opposite_claims_from_different_sources_contradict_and_the_same_voice_does_not()
    {
        var claims = Claims("a", "VOA", "Russia's Defense Ministry says the evacuation is complete.")
            .Concat(Claims("b", "AFP", "\"The evacuations are not over,\" said Turkish Foreign Minister Mevlut Cavusoglu."))
            .ToList();
        var contradiction = Assert.Single(ContradictionFinder.Find(claims));
        Assert.Equal("Russia's Defense Ministry", Assert.Single(contradiction.Affirming).Speaker);
        Assert.Equal("Mevlut Cavusoglu", Assert.Single(contradiction.Denying).Speaker);
        Assert.Empty(ContradictionFinder.Find(claims.Where(c => c.Affirmed)));
    }

    [Fact]
    public void A_suspended_operation_is_not_a_completion_claim() =>
        Assert.Empty(Claims("a", "AFP", "The evacuation operation has been suspended, a security source said."));
}
