using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Core.Tests.Articles.Html;

/// <summary>Single markup situations that news pages produce, each checked on a small page.</summary>
public sealed class PageMarkupTests
{
    private static IReadOnlyList<string> Paragraphs(string body) =>
        HtmlArticleExtractor.Extract($"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>").Paragraphs;

    [Fact]
    public void Entities_are_decoded_and_a_no_break_space_inside_a_sentence_is_kept() =>
        Assert.Equal(
            ["Officials said \u201Cnothing\u201D was agreed \u2013 yet the 5\u00A0km road reopened & traffic moved."],
            Paragraphs("<article><p>Officials said &ldquo;nothing&rdquo; was agreed &ndash; yet the 5&nbsp;km road reopened &amp; traffic moved.</p></article>"));

    [Fact]
    public void Line_breaks_in_the_source_are_not_paragraph_breaks_but_br_and_blocks_are() =>
        Assert.Equal(
            ["The mayor said the water supply would return", "within a week.", "A second paragraph, with emphasis."],
            Paragraphs("<article><p>The mayor   said the\n water supply would return<br>within a week.</p><div>A second <em>paragraph</em>, with <strong>emphasis</strong>.</div></article>"));

    [Fact]
    public void A_link_inside_a_sentence_stays_but_a_list_of_links_and_its_heading_go() =>
        Assert.Equal(
            ["The report, published by the monitoring group on Monday, counted 40 damaged schools."],
            Paragraphs("""
                <article>
                  <p>The report, published by <a href="/g">the monitoring group</a> on Monday, counted 40 damaged schools.</p>
                  <h3>Read next</h3>
                  <ul><li><a href="/x">Schools reopen</a></li><li><a href="/y">Teachers return | Video</a></li></ul>
                  <p><a href="/all">See all our coverage</a></p>
                </article>
                """));

    [Fact]
    public void A_list_of_sentences_in_the_story_is_kept_item_by_item() =>
        Assert.Equal(
            ["The agreement sets out three steps:", "Fighters leave first.", "Civilians follow by bus."],
            Paragraphs("<article><p>The agreement sets out three steps:</p><ul><li>Fighters leave first.</li><li>Civilians follow by bus.</li></ul></article>"));

    [Fact]
    public void Hidden_copies_and_screen_reader_labels_are_not_story_text() =>
        Assert.Equal(
            ["Shelling resumed at dawn, residents said."],
            Paragraphs("<article><p>Shelling resumed at dawn, residents said.</p><p hidden>Shelling resumed at dawn.</p><span aria-hidden=\"true\">Icon</span><div style=\"display: none\">Mobile teaser</div></article>"));

    [Fact]
    public void A_byline_in_a_plain_paragraph_goes_but_a_sentence_starting_with_by_stays() =>
        Assert.Equal(
            ["By Friday, more than 9,000 people had left the eastern districts, the agency said."],
            Paragraphs("<article><p>By Hana Yusuf and Mark Ellery, Example News in Beirut</p><p>By Friday, more than 9,000 people had left the eastern districts, the agency said.</p></article>"));

    [Fact]
    public void Class_names_are_matched_word_by_word_so_a_headline_class_is_not_an_advert() =>
        Assert.Equal(
            ["Subheadline text that belongs to the story.", "The story body continues here."],
            Paragraphs("<article><p class=\"subheadline\">Subheadline text that belongs to the story.</p><div class=\"thread-body\">The story body continues here.</div><div class=\"adSlot\">Buy now</div></article>"));

    [Fact]
    public void A_wrapper_named_like_furniture_keeps_the_story_it_wraps() =>
        Assert.Equal(
            ["The council voted to reopen the market on Monday morning.", "Traders said they had waited three years for the decision."],
            Paragraphs("<article><div class=\"js-share-root\"><p>The council voted to reopen the market on Monday morning.</p><p>Traders said they had waited three years for the decision.</p></div><div class=\"share-tools\">Share</div></article>"));

    [Fact]
    public void Without_any_story_markup_the_container_of_most_paragraphs_is_the_story()
    {
        var page = HtmlArticleExtractor.Extract("""
            <html><head><title>Market reopens after three years - Example Post</title></head><body>
              <div class="top"><p>Weather: 12C and cloudy in the city today.</p></div>
              <div class="c1">
                <p>The council voted to reopen the covered market on Monday, ending a closure of three years.</p>
                <p>Traders said the decision came too late for many of the families who ran stalls there.</p>
                <p><time datetime="2017-03-06">6 March 2017</time></p>
              </div>
              <div class="bottom"><p>Contact the newsroom.</p></div>
            </body></html>
            """);

        Assert.Equal(
            ["The council voted to reopen the covered market on Monday, ending a closure of three years.",
             "Traders said the decision came too late for many of the families who ran stalls there."],
            page.Paragraphs);
        Assert.Equal("Market reopens after three years", page.Headline);
        Assert.Equal(new DateOnly(2017, 3, 6), page.Date);
        Assert.Null(page.SiteName);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body></body></html>", true)]
    [InlineData("\n  <html lang=\"en\">", true)]
    [InlineData("The talks ended <b>without</b> a deal.", false)]
    public void Pasted_page_source_is_told_from_pasted_text(string text, bool isHtml) =>
        Assert.Equal(isHtml, HtmlArticleExtractor.LooksLikeHtmlDocument(text));
}
