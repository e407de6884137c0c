using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Tests.Attributions;

/// <summary>One test per reporting construction, with spans as PolNeAR marks them.</summary>
public class ConstructionTests
{
    [Fact]
    public void Direct_quote_with_inverted_source_keeps_the_quote_marks()
    {
        const string text = "\"The evacuations are not over and many people still want to leave the area,\" said Turkish Foreign Minister Mevlut Cavusoglu.";
        var a = ExtractAssert.Single(text, "said");
        Assert.Equal("Turkish Foreign Minister Mevlut Cavusoglu", a.Source?.Text);
        Assert.Equal("\"The evacuations are not over and many people still want to leave the area,\"", a.Content.Text);
        Assert.Equal(AttributionKind.DirectQuote, a.Kind);
    }

    [Fact]
    public void Indirect_speech_content_runs_to_the_full_stop()
    {
        const string text = "Turkey, which has been heavily involved in the Aleppo peace process, said the suspensions are temporary.";
        var a = ExtractAssert.Single(text, "said");
        Assert.Equal("Turkey, which has been heavily involved in the Aleppo peace process,", a.Source?.Text);
        Assert.Equal("the suspensions are temporary", a.Content.Text);
        Assert.Equal(AttributionKind.Indirect, a.Kind);
    }

    [Fact]
    public void According_to_at_the_end_takes_the_clause_before_it()
    {
        const string text = "Thousands of civilians were still trapped inside eastern Aleppo on Friday, according to international humanitarian groups, rebels and activists.";
        var a = ExtractAssert.Single(text, "according to");
        Assert.Equal("international humanitarian groups, rebels and activists", a.Source?.Text);
        Assert.Equal("Thousands of civilians were still trapped inside eastern Aleppo on Friday", a.Content.Text);
    }

    [Fact]
    public void According_to_at_the_start_takes_the_clause_after_the_comma()
    {
        const string text = "According to the Syrian Observatory for Human Rights, some 8,500 people had left.";
        var a = ExtractAssert.Single(text, "According to");
        Assert.Equal("the Syrian Observatory for Human Rights", a.Source?.Text);
        Assert.Equal("some 8,500 people had left", a.Content.Text);
    }

    [Fact]
    public void Inverted_indirect_speech_takes_the_clause_before_the_comma()
    {
        const string text = "A convoy of evacuees was forced to return to rebel territory, an AFP correspondent said.";
        var a = ExtractAssert.Single(text, "said");
        Assert.Equal("an AFP correspondent", a.Source?.Text);
        Assert.Equal("A convoy of evacuees was forced to return to rebel territory", a.Content.Text);
    }

    [Fact]
    public void Quote_interrupted_by_its_source_has_two_fragments()
    {
        const string text = "\"It's important that the parties do their utmost,\" Marianne Gasser said. \"People have suffered a lot.\"\nThe next paragraph is news.";
        var a = ExtractAssert.Single(text, "said");
        Assert.Equal("Marianne Gasser", a.Source?.Text);
        Assert.Equal(["\"It's important that the parties do their utmost,\"", "\"People have suffered a lot.\""], ExtractAssert.Fragments(a));
    }

    [Fact]
    public void Quote_over_several_sentences_is_one_content()
    {
        const string text = "Assad said: \"What is happening today is the writing of a history. The writing did not start today.\"";
        var a = ExtractAssert.Single(text, "said:"); // annotators mostly keep the colon in the cue
        Assert.Equal("Assad", a.Source?.Text);
        Assert.Equal("\"What is happening today is the writing of a history. The writing did not start today.\"", a.Content.Text);
    }

    [Fact]
    public void Nested_credit_keeps_the_speaker_as_source_and_the_outlet_out_of_it()
    {
        const string text = "\"The evacuation operation has been suspended,\" a security source told AFP.";
        var a = ExtractAssert.Single(text, "told");
        Assert.Equal("a security source", a.Source?.Text);
        Assert.Equal("\"The evacuation operation has been suspended,\"", a.Content.Text);
    }

    [Fact]
    public void Told_with_that_clause_skips_the_addressee()
    {
        const string text = "Rebel sources told Reuters that the evacuation broke down after militias opened fire.";
        var a = ExtractAssert.Single(text, "told");
        Assert.Equal("Rebel sources", a.Source?.Text);
        Assert.Equal("that the evacuation broke down after militias opened fire", a.Content.Text);
    }

    [Fact]
    public void Statement_without_source_is_an_assertion()
    {
        const string text = "Fuaa and Kafraya are Shiite-majority villages in Idlib province. Kerry said the killing must stop.";
        var result = AttributionExtractor.Default.Extract(text);
        var assertion = Assert.Single(result.Assertions);
        Assert.Equal("Fuaa and Kafraya are Shiite-majority villages in Idlib province.", assertion.Sentence.Text);
        Assert.Single(result.Attributions);
    }
}
