using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Questions;

/// <summary>Find-the-evidence drafts from the seed story: the attribution to select, inside its own paragraph.</summary>
public class EvidenceDraftTests
{
    private static readonly QuestionDraft[] Drafts = [.. SeedStory.Analysis.Drafts.Where(d => d.Kind == QuestionKind.FindEvidence)];

    [Fact]
    public void Attributions_with_a_named_source_become_drafts_in_every_outlet()
    {
        Assert.True(Drafts.Length >= 10, $"{Drafts.Length} drafts");
        Assert.Equal(SeedStory.Articles.Select(a => a.Id).Order(), Drafts.Select(d => d.Passage!.ArticleId).Distinct().Order());
    }

    [Fact]
    public void The_words_to_select_lie_inside_the_paragraph_and_are_at_most_half_of_it()
    {
        foreach (var draft in Drafts)
        {
            var (passage, evidence) = (draft.Passage!, Assert.Single(draft.Evidence));
            var text = SeedStory.Articles.Single(a => a.Id == passage.ArticleId).Text;
            Assert.Equal(passage.Quote, text[passage.Start..passage.End]);
            Assert.Equal(evidence.Quote, text[evidence.Start..evidence.End]);
            Assert.InRange(evidence.Start, passage.Start, passage.End);
            Assert.InRange(evidence.End, passage.Start, passage.End);
            Assert.DoesNotContain('\n', passage.Quote);
            Assert.True(2 * evidence.Quote.Split(' ').Length <= passage.Quote.Split(' ').Length, draft.Prompt);
            Assert.Equal(evidence.Quote, draft.Answer);
            Assert.Empty(draft.Distractors);
        }
    }

    [Fact]
    public void The_Turkish_foreign_minister_s_attribution_is_one_of_them()
    {
        Assert.Contains(Drafts, d => d.Answer.Contains("Turkish Foreign Minister Mevlut Cavusoglu", StringComparison.Ordinal)
            && d.Prompt.EndsWith("Tap the words that tell you who said it.", StringComparison.Ordinal));
    }
}
