using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Coreference;

/// <summary>
/// Only someone who can speak is shown as a speaker: names, titles and descriptions of people and bodies,
/// not the subjects of verbs a cue list mistakes for speech ("the delicate operation continued").
/// </summary>
public class SpeakingEntitiesTests
{
    [Theory]
    [InlineData("Elizabeth Hoff", true)]
    [InlineData("State television", true)]
    [InlineData("rebel sources", true)]
    [InlineData("pro-government militias", true)]
    [InlineData("government", true)]
    [InlineData("delicate operation", false)]
    [InlineData("vehicles", false)]
    [InlineData("evacuations", false)]
    [InlineData("", false)]
    public void Names_and_speaking_groups_can_speak_objects_cannot(string speaker, bool canSpeak) =>
        Assert.Equal(canSpeak, SpeakingEntities.CanSpeak(speaker));

    [Theory]
    [InlineData("delicate operation")]
    [InlineData("vehicles")]
    [InlineData("evacuations")]
    public void The_seed_story_credits_no_statement_to_a_thing(string thing) =>
        Assert.DoesNotContain(SeedStory.Analysis.Articles.SelectMany(a => a.Attributions), a => a.Speaker == thing);
}
