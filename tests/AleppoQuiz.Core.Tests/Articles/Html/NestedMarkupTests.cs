using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Core.Tests.Articles.Html;

/// <summary>
/// Pages nested far deeper than any news page: refused with a clear error instead of exhausting the stack, while
/// the deepest nesting allowed still yields its story.
/// </summary>
public sealed class NestedMarkupTests
{
    private static string Nested(string tag, int depth, string inside = "Shelling resumed at dawn, residents said.") =>
        "<!doctype html><html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inside
        + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "</body></html>";

    [Theory]
    [InlineData("div", 50_000)]
    [InlineData("span", 60_000)]
    [InlineData("b", 20_000)]
    public void A_page_nested_tens_of_thousands_deep_is_refused(string tag, int depth)
    {
        var refused = Assert.Throws<HtmlTooDeepException>(() => HtmlArticleExtractor.Extract(Nested(tag, depth)));

        Assert.Equal(HtmlNesting.MaximumDepth, refused.Limit);
        Assert.Contains($"more than {HtmlNesting.MaximumDepth} levels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_closing_syntax_does_not_hide_nesting()
    {
        // HTML ignores the slash on a div: each of these opens a level, as in a browser.
        var html = "<!doctype html><html><body>" + string.Concat(Enumerable.Repeat("<div/>", 5_000)) + "text</body></html>";

        Assert.Throws<HtmlTooDeepException>(() => HtmlArticleExtractor.Extract(html));
    }

    [Fact]
    public void Nesting_just_within_the_limit_still_yields_the_story_line_by_line()
    {
        // html and body take two levels; the divs fill the rest.
        var depth = HtmlNesting.MaximumDepth - 2;
        var inside = "<p>Shelling resumed at dawn, residents said.</p><p>The buses waited at the crossing.</p>";

        var page = HtmlArticleExtractor.Extract(Nested("div", depth, inside));

        Assert.Equal(["Shelling resumed at dawn, residents said.", "The buses waited at the crossing."], page.Paragraphs);
    }

    [Fact]
    public void One_level_past_the_limit_is_refused() =>
        Assert.Throws<HtmlTooDeepException>(() => HtmlArticleExtractor.Extract(Nested("div", HtmlNesting.MaximumDepth - 1, "<p>Text.</p>")));
}
