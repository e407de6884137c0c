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

    [Theory]
    [InlineData("The next step (after Aleppo)", "Vladimir Putin", true)]
    [InlineData("The terrorist groups violated the agreement", "State television", false)]
    public void A_person_is_offered_other_people_and_a_body_other_bodies(string words, string speaker, bool isPerson)
    {
        var draft = Quoting(words);

        Assert.Equal(speaker, draft.Answer);
        Assert.Equal(3, draft.Distractors.Count);
        Assert.All(draft.Distractors, d => Assert.Equal(isPerson, SpeakerNames.PersonName(d) is not null));
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
