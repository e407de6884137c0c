using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Coreference;

namespace AleppoQuiz.Attribution.Tests.Coreference;

public class SpeakerResolutionTests
{
    private static IReadOnlyList<SpeechAttribution> Resolve(string text) =>
        SpeakerResolver.Resolve(text, AttributionExtractor.Default.Extract(text).Attributions);

    [Fact]
    public void He_refers_to_the_last_person_quoted()
    {
        var found = Resolve("Russian President Vladimir Putin said Moscow was negotiating. \"The next step will be a ceasefire,\" he said.");
        Assert.Equal(["Vladimir Putin", "Vladimir Putin"], found.Select(a => a.Speaker));
    }

    [Fact]
    public void Mr_and_surname_refer_to_the_full_name()
    {
        const string text = "Munir al Sayal, the head of the political wing of the group, said Iran was to blame. \"Russia has failed,\" Mr Sayal said. Sayal also said Moscow should act.";
        Assert.All(Resolve(text), a => Assert.Equal("Munir al Sayal", a.Speaker));
    }

    [Fact]
    public void The_ministry_refers_to_the_body_named_before()
    {
        var found = Resolve("Russia's Defense Ministry says the evacuation is complete. The ministry says only militants remain.");
        Assert.Equal(["Russia's Defense Ministry", "Russia's Defense Ministry"], found.Select(a => a.Speaker));
    }

    [Fact]
    public void Who_refers_to_the_phrase_before_it()
    {
        var found = Resolve("Hoff's account echoed rebel groups who said the evacuation was far from over.");
        Assert.Contains(found, a => a.Source?.Text == "who" && a.Speaker == "rebel groups");
    }

    [Theory]
    [InlineData("Turkish Foreign Minister Mevlut Cavusoglu", "Mevlut Cavusoglu")]
    [InlineData("ICRC Syria head Marianne Gasser", "Marianne Gasser")]
    [InlineData("U.S. Secretary of State John Kerry", "John Kerry")]
    [InlineData("Yasser al-Youssef of the Nureddin al-Zinki rebel group", "Yasser al-Youssef")]
    [InlineData("Mr Sayal", "Sayal")]
    [InlineData("The Syrian Observatory for Human Rights", null)]
    [InlineData("State television", null)]
    public void Person_names_lose_titles_and_organisations_are_not_people(string source, string? name) =>
        Assert.Equal(name, SpeakerNames.PersonName(source));

    [Fact]
    public void Story_linking_maps_short_forms_to_the_full_name_used_elsewhere()
    {
        var links = StorySpeakerLinker.Link(["Elizabeth Hoff", "Hoff", "Assad", "Bashar al-Assad", "Ban", "Ban Ki-moon", "Russia"]);
        Assert.Equal("Elizabeth Hoff", links["Hoff"]);
        Assert.Equal("Bashar al-Assad", links["Assad"]);
        Assert.Equal("Ban Ki-moon", links["Ban"]);
        Assert.Equal("Russia", links["Russia"]);
    }
}
