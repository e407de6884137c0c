using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Contradictions;

/// <summary>
/// What a teacher sees of the seed story's complete-vs-not-over conflict: one entry per proposition, every voice
/// on its side once per outlet, each statement with evidence cut from its article.
/// </summary>
public class SeedContradictionTests
{
    private static Contradiction Evacuation => Assert.Single(SeedStory.Analysis.Contradictions, c => c.Proposition == "the evacuation is complete");

    [Fact]
    public void Each_proposition_is_one_contradiction()
    {
        var propositions = SeedStory.Analysis.Contradictions.Select(c => c.Proposition).ToList();
        Assert.Equal(propositions.Distinct().Count(), propositions.Count);
        Assert.Contains("the evacuation is complete", propositions);
    }

    [Fact]
    public void The_evacuation_conflict_lists_both_sides_with_speaker_outlet_and_evidence()
    {
        var yes = Evacuation.Affirming.Select(c => (c.Speaker, c.Outlet)).ToHashSet();
        var no = Evacuation.Denying.Select(c => (c.Speaker, c.Outlet)).ToHashSet();
        Assert.Superset(new HashSet<(string?, string)> { ("Russia’s Defense Ministry", "VOA"), ("Russian officials", "NBC News"), ("Russian military", "RFE/RL") }, yes);
        Assert.Superset(new HashSet<(string?, string)> { ("Mevlut Cavusoglu", "AFP"), ("Mevlut Cavusoglu", "VOA"), ("rebel groups", "NBC News") }, no);
        Assert.All(Evacuation.Affirming.Concat(Evacuation.Denying), c =>
        {
            Assert.Equal(c.Evidence.Quote, SeedStory.TextOf(c.Evidence.ArticleId)[c.Evidence.Start..c.Evidence.End]);
            Assert.Contains(c.Affirmed ? "complete" : "over", c.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void A_voice_is_listed_once_per_outlet()
    {
        foreach (var side in SeedStory.Analysis.Contradictions.SelectMany(c => new[] { c.Affirming, c.Denying }))
        {
            Assert.Equal(side.Count, side.Select(c => (ContradictionFinder.Voice(c), c.Outlet)).Distinct().Count());
        }
    }

    [Fact]
    public void A_quotation_inside_reported_speech_belongs_to_the_one_quoted()
    {
        // RFE/RL: Reuters quoted an unnamed official as saying: "The operation is not yet complete. …"
        var operation = Assert.Single(SeedStory.Analysis.Contradictions, c => c.Proposition == "the operation is complete");
        var denial = Assert.Single(operation.Denying);
        Assert.Equal("unnamed Syrian government official overseeing the evacuation", denial.Speaker);
    }

    [Fact]
    public void Drafts_ask_once_per_voice_and_offer_the_other_side_as_distractors()
    {
        var drafts = SeedStory.Analysis.Drafts.Where(d => d.Kind == QuestionKind.Contradiction && d.Prompt.Contains("the evacuation is complete", StringComparison.Ordinal)).ToList();
        var voices = Evacuation.Affirming.Concat(Evacuation.Denying).Select(ContradictionFinder.Voice).Distinct().Count();
        Assert.Equal(voices, drafts.Count);
        Assert.Equal(drafts.Count, drafts.Select(d => d.Answer).Distinct().Count());
        Assert.All(drafts, d => Assert.NotEmpty(d.Distractors));
    }
}
