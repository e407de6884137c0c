using AleppoQuiz.Attribution.Questions;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>What the seed story is known to hold: disagreeing figures, the complete-vs-not-over claims, variant spellings.</summary>
public class StoryFindingsTests
{
    [Fact]
    public void Evacuation_figures_from_three_voices_disagree()
    {
        var conflict = Assert.Single(SeedStory.Analysis.FigureConflicts, c => c.Key.Event == "evacuated" && c.Key.Counted == "people");
        Assert.Equal([8500.0, 8000.0, 6000.0], conflict.Figures.Select(f => f.Value).ToArray());
        Assert.Equal(["some 8,500", "around 8,000", "At least 6000"], conflict.Figures.Select(f => f.Number.Quote).ToArray());
        Assert.Equal("Syrian Observatory for Human Rights", conflict.Figures[0].GivenBy);
        Assert.Equal("Syrian state media", conflict.Figures[1].GivenBy);
    }

    [Fact]
    public void Death_toll_figures_disagree_and_are_both_lower_bounds()
    {
        var conflict = Assert.Single(SeedStory.Analysis.FigureConflicts, c => c.Key.Event == "killed" && c.Key.Counted == "people");
        Assert.Contains(conflict.Figures, f => f.Value == 310000 && f.Outlet == "AFP");
        Assert.Contains(conflict.Figures, f => f.Value == 250000 && f.Outlet == "RFE/RL");
        Assert.True(conflict.AllLowerBounds);
    }

    [Fact]
    public void Complete_and_not_over_are_found_as_a_contradiction_with_both_evidence_spans()
    {
        var contradiction = Assert.Single(SeedStory.Analysis.Contradictions,
            c => c.Affirming.Any(a => a.Speaker == "Russia’s Defense Ministry") && c.Denying.Any(d => d.Speaker == "Mevlut Cavusoglu"));
        var affirming = Assert.Single(contradiction.Affirming, a => a.Speaker == "Russia’s Defense Ministry");
        var denying = contradiction.Denying.Where(d => d.Speaker == "Mevlut Cavusoglu").ToList();
        Assert.NotEmpty(denying);
        Assert.Contains("the evacuation is complete", affirming.Evidence.Quote, StringComparison.Ordinal);
        Assert.All(denying, d => Assert.Contains("The evacuations are not over", d.Evidence.Quote, StringComparison.Ordinal));
        foreach (var evidence in contradiction.Affirming.Concat(contradiction.Denying).Select(c => c.Evidence))
        {
            Assert.Equal(evidence.Quote, SeedStory.TextOf(evidence.ArticleId)[evidence.Start..evidence.End]);
        }
    }

    [Fact]
    public void Every_contradiction_sets_two_different_voices_against_each_other()
    {
        Assert.NotEmpty(SeedStory.Analysis.Contradictions);
        Assert.All(SeedStory.Analysis.Contradictions, c =>
        {
            Assert.NotEmpty(c.Affirming);
            Assert.NotEmpty(c.Denying);
            Assert.All(c.Affirming, a => Assert.True(a.Affirmed));
            Assert.All(c.Denying, d => Assert.False(d.Affirmed));
            var affirmingVoices = c.Affirming.Select(a => a.Speaker ?? a.Outlet);
            Assert.Empty(affirmingVoices.Intersect(c.Denying.Select(d => d.Speaker ?? d.Outlet)));
        });
    }

    [Theory]
    [InlineData("Fuaa", "Foua", "Foah", "al-Foua")]
    [InlineData("Kafraya", "Kfarya", "Kefraya", "Kefyra")]
    public void Spellings_of_one_village_are_grouped(params string[] spellings)
    {
        var group = Assert.Single(SeedStory.Analysis.SpellingVariants, g => g.Names.Contains(spellings[0]));
        Assert.Equal(spellings.Order(StringComparer.Ordinal), group.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Different_names_are_not_grouped_as_spellings()
    {
        Assert.DoesNotContain(SeedStory.Analysis.SpellingVariants, g => g.Names.Contains("Syria") || g.Names.Contains("Aleppo"));
    }

    [Fact]
    public void Every_kind_of_question_is_drafted()
    {
        var kinds = SeedStory.Analysis.Drafts.Select(d => d.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<QuestionKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Draft_evidence_occurs_verbatim_and_distractors_differ_from_the_answer()
    {
        Assert.All(SeedStory.Analysis.Drafts, draft =>
        {
            Assert.NotEmpty(draft.Evidence);
            Assert.All(draft.Evidence, e => Assert.Equal(e.Quote, SeedStory.TextOf(e.ArticleId)[e.Start..e.End]));

            // A find-the-evidence draft has words to select, not options to pick from.
            if (draft.Kind == QuestionKind.FindEvidence)
            {
                Assert.Empty(draft.Distractors);
                return;
            }

            Assert.NotEmpty(draft.Distractors);
            Assert.DoesNotContain(draft.Answer, draft.Distractors);
        });
        Assert.Equal(SeedStory.Analysis.Drafts.Count, SeedStory.Analysis.Drafts.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Who_said_drafts_offer_other_speakers_of_the_story()
    {
        var draft = Assert.Single(SeedStory.Analysis.Drafts,
            d => d.Kind == QuestionKind.WhoSaid && d.Prompt.Contains("The evacuations are not over", StringComparison.Ordinal));
        Assert.Equal("Mevlut Cavusoglu", draft.Answer);
        Assert.Equal(2, draft.Evidence.Count); // the same quote in AFP and VOA
        var speakers = SeedStory.Analysis.Articles.SelectMany(a => a.Attributions).Select(a => a.Speaker).ToHashSet();
        Assert.All(draft.Distractors, d => Assert.Contains(d, speakers));
    }
}
