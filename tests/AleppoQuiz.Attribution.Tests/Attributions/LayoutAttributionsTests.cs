using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Learning;

namespace AleppoQuiz.Attribution.Tests.Attributions;

/// <summary>
/// Speakers named by layout rather than grammar: headline and transcript lines led by a name and a colon,
/// and a quotation credited after a dash on its own line.
/// </summary>
public class LayoutAttributionsTests
{
    private static SpeechAttribution Single(string text) =>
        Assert.Single(LayoutAttributions.Find(text, []));

    [Fact]
    public void A_headline_led_by_a_name_is_that_person_speaking_without_the_headline_full_stop()
    {
        var found = Single("Pence: Gennifer Flowers Won’t Be at Debate.\n\nThe governor spoke on Sunday.");

        Assert.Equal("Pence", found.Source?.Text);
        Assert.Equal(":", found.Cue.Text);
        Assert.Equal("Gennifer Flowers Won’t Be at Debate", found.Content.Text);
    }

    [Fact]
    public void A_transcript_line_keeps_its_full_stop()
    {
        var found = Single("Partial transcript as follows:\n\n\"WALLACE: Let’s start with breaking news on the debate story.");

        Assert.Equal("WALLACE", found.Source?.Text);
        Assert.Equal("Let’s start with breaking news on the debate story.", found.Content.Text);
    }

    [Theory]
    [InlineData("“He represents our greatest shame.” ― Sonya Herridge\nNext line.", "Sonya Herridge")]
    [InlineData("“He represents our greatest shame.”― Carla Sanchez.\n\nNext line.", "Carla Sanchez")]
    [InlineData("“He represents our greatest shame.” — Edwin G. Monroy", "Edwin G. Monroy")]
    public void A_quotation_credited_after_a_dash_belongs_to_the_name_after_it(string text, string speaker)
    {
        var found = Single(text);

        Assert.Equal(speaker, found.Source?.Text);
        Assert.Equal("“He represents our greatest shame.”", found.Content.Text);
        Assert.Equal(AttributionKind.DirectQuote, found.Kind);
        Assert.Equal(found.Source!.Text, text[found.Source.Start..found.Source.End]);
    }

    [Theory]
    [InlineData("Correction: An earlier version of this story misstated the date.")]
    [InlineData("Q: What happened on Friday?\nA: The buses stopped.")]
    [InlineData("The plan had three parts: a ceasefire, an evacuation and talks.")]
    public void Labels_and_ordinary_colons_name_no_speaker(string text) =>
        Assert.Empty(LayoutAttributions.Find(text, []));

    [Fact]
    public void A_line_whose_cue_was_already_found_is_not_reported_twice()
    {
        const string text = "Pence: Flowers Won’t Be at Debate.";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var existing = new SpeechAttribution(null, new SpanText(colon, colon + 1, ":"), new SpanText(7, 33, text[7..33]), [], AttributionKind.Indirect);

        Assert.Empty(LayoutAttributions.Find(text, [existing]));
    }

    [Fact]
    public void The_learned_extractor_reports_headline_speakers()
    {
        var found = LearnedAttributionExtractor.Default.Extract("Pence: Gennifer Flowers Won’t Be at Debate.\n\nThe governor spoke on Sunday.").Attributions;

        Assert.Contains(found, a => a.Source?.Text == "Pence" && a.Cue.Text == ":");
    }
}
