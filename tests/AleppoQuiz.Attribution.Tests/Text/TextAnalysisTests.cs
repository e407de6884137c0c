using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Tests.Text;

public class TextAnalysisTests
{
    [Fact]
    public void Abbreviations_numbers_and_hyphenated_names_stay_single_tokens()
    {
        var tokens = Tokenizer.Tokenize("Mr. Sayal met U.S. envoys in al-Foua; some 8,500 people left.").Select(t => t.Text).ToList();
        Assert.Contains("Mr.", tokens);
        Assert.Contains("U.S.", tokens);
        Assert.Contains("al-Foua", tokens);
        Assert.Contains("8,500", tokens);
    }

    [Fact]
    public void Sentences_end_after_closing_quotes_but_not_after_abbreviations()
    {
        var analyzed = new AnalyzedText("Dr. Hoff spoke. \"It is over.\" She left.\nA new paragraph");
        var sentences = analyzed.Sentences.Select(s => analyzed.SpanOf(s.First, s.Last).Slice(analyzed.Text)).ToList();
        Assert.Equal(["Dr. Hoff spoke.", "\"It is over.\"", "She left.", "A new paragraph"], sentences);
    }

    [Fact]
    public void Quote_inside_sentence_before_source_keeps_the_sentence_whole()
    {
        var analyzed = new AnalyzedText("\"The scene was heart-breaking,\" said Marianne Gasser.");
        Assert.Single(analyzed.Sentences);
    }

    [Fact]
    public void Curly_and_straight_quotes_pair_and_a_paragraph_break_closes_an_open_quote()
    {
        var analyzed = new AnalyzedText("He said “one two” and \"three four\".\n\"Five six\nSeven.");
        Assert.Equal(3, analyzed.Quotations.Count);
        Assert.True(analyzed.Quotations[1].Closed);
        Assert.False(analyzed.Quotations[2].Closed);
        Assert.Equal("\"Five six", analyzed.Quotations[2].Span.Slice(analyzed.Text));
    }
}
