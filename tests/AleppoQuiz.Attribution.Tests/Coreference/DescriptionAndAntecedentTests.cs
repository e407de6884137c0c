using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Coreference;

namespace AleppoQuiz.Attribution.Tests.Coreference;

/// <summary>Speakers a teacher would call wrong: a name run over a paragraph break, a body mistaken for another.</summary>
public class DescriptionAndAntecedentTests
{
    private static IReadOnlyList<SpeechAttribution> Resolve(string text) =>
        SpeakerResolver.Resolve(text, AttributionExtractor.Default.Extract(text).Attributions);

    [Fact]
    public void A_relative_pronoun_after_a_paragraph_break_refers_to_the_name_after_the_break()
    {
        var found = Resolve("The council met on Friday, with more talks planned Saturday.\n\nFrance, which called for the meeting, wants observers on hand.");
        Assert.NotEmpty(found);
        Assert.All(found, a => Assert.Equal("France", a.Speaker));
    }

    [Fact]
    public void Which_after_a_quotation_refers_to_the_noun_before_it_not_to_quoted_words()
    {
        const string text = "Four Syrian organizations accused Russia. \"Russia has committed war crimes in Syria,\" says the letter, which listed 304 attacks.";
        Assert.DoesNotContain(Resolve(text), a => a.Speaker is not null && a.Speaker.Contains("Syria\"", StringComparison.Ordinal));
        Assert.Contains(Resolve(text), a => a.Source?.Text == "which" && a.Speaker == "Four Syrian organizations");
    }

    [Fact]
    public void A_place_is_not_a_person_so_he_skips_it()
    {
        var found = Resolve("Obama warned Syrian President Bashar al-Assad. France, which called for the meeting, wants observers. Assad said history was made with what he referred to as liberation.");
        Assert.Contains(found, a => a.Source?.Text == "he" && a.Speaker == "Bashar al-Assad");
        Assert.Contains(found, a => a.Source?.Text == "Assad" && a.Speaker == "Bashar al-Assad");
    }

    [Fact]
    public void A_bare_title_refers_to_the_person_introduced_with_it()
    {
        var found = Resolve("U.S. President-elect Donald Trump said he would help. The president-elect said he would ask Gulf nations to pay.");
        Assert.Contains(found, a => a.Source?.Text == "The president-elect" && a.Speaker == "Donald Trump");
    }

    [Theory]
    [InlineData("Russia's Defense Ministry says the evacuation is complete. The World Health Organization (WHO) said the evacuation had been halted.", "World Health Organization")]
    [InlineData("Pro-opposition Orient TV claimed militias fired on buses, the Reuters news agency reported.", "Reuters news agency")]
    [InlineData("Government forces accused the rebels. The Syrian government said the rebels broke the deal.", "Syrian government")]
    public void A_description_that_names_a_body_of_its_own_is_not_the_body_quoted_before(string text, string speaker) =>
        Assert.Equal(speaker, Resolve(text)[^1].Speaker);

    [Theory]
    [InlineData("pro-opposition Orient TV", "Orient TV")]
    [InlineData("the pro-government Hezbollah group", "Hezbollah group")]
    [InlineData("unnamed Syrian government official overseeing the evacuation", "unnamed Syrian government official overseeing the evacuation")]
    public void Lower_case_glosses_before_a_proper_name_are_dropped(string source, string name)
    {
        var core = SpeakerNames.Core(source);
        Assert.Equal(name, SpeakerNames.WithoutLeadingDescriptors(core, new HashSet<string>(["group"])));
    }

    [Theory]
    [InlineData("Saturday.\n\nFrance", "France")]
    [InlineData("Friday Vladimir Putin", "Vladimir Putin")]
    [InlineData("the ministry on December 16", "ministry")]
    [InlineData("its Center for Reconciliation in Syria", "Center for Reconciliation in Syria")]
    [InlineData("Putin didn’t", "Putin")]
    public void The_core_of_a_source_holds_no_sentence_break_date_or_possessive(string source, string core) =>
        Assert.Equal(core, SpeakerNames.Core(source));

    [Fact]
    public void The_object_of_a_preposition_is_not_a_speaker()
    {
        var found = Resolve("He said Moscow's assertion that civilians had been evacuated from Aleppo showed Russia was reneging.");
        Assert.DoesNotContain(found, a => a.Speaker == "Aleppo");
    }

    [Fact]
    public void A_capital_that_only_opens_a_sentence_links_to_the_lower_case_speaker()
    {
        var links = StorySpeakerLinker.Link(["Rebels", "rebels", "Rebel sources", "rebel sources", "State television"]);
        Assert.Equal("rebels", links["Rebels"]);
        Assert.Equal("rebel sources", links["Rebel sources"]);
        Assert.Equal("State television", links["State television"]);
    }

    [Theory]
    [InlineData("304")]
    [InlineData("their")]
    [InlineData("Putin didn’t")]
    [InlineData("Gautam Adani's")]
    [InlineData("Saturday. France")]
    public void What_is_no_name_is_not_a_speaker(string core) => Assert.False(SpeakerNames.IsName(core));
}
