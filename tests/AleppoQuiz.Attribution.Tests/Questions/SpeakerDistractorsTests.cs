using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Questions;

/// <summary>
/// Wrong options a student could believe: on the seed story, a person's quotation offers other people and a
/// body's quotation other bodies, never the answer under a shorter name, and not the same three names on
/// every question.
/// </summary>
public class SpeakerDistractorsTests
{
    private static IReadOnlyList<QuestionDraft> WhoSaid =>
        SeedStory.Analysis.Drafts.Where(d => d.Kind == QuestionKind.WhoSaid).ToList();

    private static QuestionDraft Quoting(string words) =>
        Assert.Single(WhoSaid, d => d.Prompt.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_quotation_from_a_person_offers_other_people()
    {
        var draft = Quoting("The next step (after Aleppo)");

        Assert.Equal("Vladimir Putin", draft.Answer);
        Assert.Equal(3, draft.Distractors.Count);
        Assert.All(draft.Distractors, d => Assert.NotNull(SpeakerNames.PersonName(d)));
    }

    [Fact]
    public void A_quotation_from_a_body_offers_other_bodies_and_sources()
    {
        var draft = Quoting("The terrorist groups violated the agreement");

        Assert.Equal("State television", draft.Answer);
        Assert.Equal(3, draft.Distractors.Count);
        Assert.All(draft.Distractors, d => Assert.Null(SpeakerNames.PersonName(d)));
    }

    [Fact]
    public void The_answer_never_returns_as_a_distractor_under_a_shorter_name()
    {
        Assert.All(WhoSaid, draft => Assert.DoesNotContain(draft.Distractors, d =>
            SpeakerNames.ShortFormOf(d, draft.Answer) || SpeakerNames.ShortFormOf(draft.Answer, d)));
    }

    [Fact]
    public void Questions_do_not_all_offer_the_same_wrong_names()
    {
        var distinctSets = WhoSaid.Select(d => string.Join('|', d.Distractors.Order(StringComparer.Ordinal))).Distinct().Count();

        Assert.True(distinctSets * 2 >= WhoSaid.Count, $"{distinctSets} distinct option sets over {WhoSaid.Count} questions");
    }
}
