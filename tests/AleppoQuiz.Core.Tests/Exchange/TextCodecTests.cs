using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.Exchange.Gift;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>The two text codecs every Moodle format leans on: GIFT escapes and plain text in HTML.</summary>
public class TextCodecTests
{
    public static TheoryData<string> AwkwardTexts() => new(
        "plain",
        "~ = # { } : \\ all the GIFT specials",
        "a\\nb is not a newline, but this is:\nthere",
        "C:\\new\\path",
        "  edge spaces and  doubled   spaces  ",
        "a < b & c > d; &amp; stays literal; <b>not bold</b>",
        "line\n\n\nthree breaks\n tab\there",
        "حلب and ]]> and -- and \u00a0 no-break space");

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void GIFT_escaping_reverses_exactly(string text)
    {
        var escaped = GiftText.Escape(text);

        Assert.DoesNotContain('\n', escaped);
        Assert.Equal(text, GiftText.Unescape(escaped));
    }

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Plain_text_through_HTML_comes_back_exactly_apart_from_its_outer_spaces(string text)
    {
        Assert.Equal(text.Trim(), HtmlText.ToPlain(HtmlText.ToHtml(text)));
    }

    [Theory]
    [InlineData("<p>One&nbsp;<strong>two</strong></p>\n<p>three</p>", "One two\n\nthree")]
    [InlineData("<p>First line<br />\n   second line</p>", "First line\nsecond line")]
    [InlineData("<div>\n  <p>Nested</p>\n</div><!-- a comment -->", "Nested")]
    [InlineData("Fish &amp; chips &#8211; &quot;cheap&quot;", "Fish & chips \u2013 \"cheap\"")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo")]
    public void Moodle_HTML_loses_its_markup(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlain(html));
    }

    [Fact]
    public void Unescaped_specials_are_found_and_escaped_ones_and_escaped_backslashes_are_told_apart()
    {
        Assert.Equal(9, GiftText.IndexOfUnescaped("a \\{ b \\\\{", "{"));
        Assert.Equal(-1, GiftText.IndexOfUnescaped("a \\{ b", "{"));
        Assert.Equal(5, GiftText.IndexOfUnescaped("a\\::b::c", "::"));
    }
}
