using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>
/// The cleaner's rules on small made-up pages of the kind teachers will upload: the rules must cut furniture
/// without ever cutting or altering story text.
/// </summary>
public sealed class ArticleCleanerTests
{
    private static CleanedArticle Clean(string raw) => ArticleCleaner.Default.Clean(raw);

    [Fact]
    public void Line_breaks_and_line_end_whitespace_are_normalised_but_nothing_inside_a_line()
    {
        var cleaned = Clean("\uFEFFFirst  paragraph, with  two spaces.  \r\n\r\n\r\n\t Second “quoted” -- line.\u00A0\rThird line.\n\n");

        Assert.Equal("First  paragraph, with  two spaces.\n\nSecond “quoted” -- line.\n\nThird line.", cleaned.Text);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Dateline_after_the_story_cuts_everything_below_it()
    {
        var cleaned = Clean("The talks ended without a deal on Friday evening.\nBoth sides said they would meet again.\nReuters\nDecember 16, 2016\nUnrelated headline\nAnother story begins here today.");

        Assert.Equal("The talks ended without a deal on Friday evening.\n\nBoth sides said they would meet again.", cleaned.Text);
        Assert.Equal(("Reuters", new DateOnly(2016, 12, 16)), (cleaned.WireCredit, cleaned.Date));
    }

    [Fact]
    public void Dateline_above_the_story_is_a_header_and_the_story_stays()
    {
        var cleaned = Clean("Talks on Aleppo end without a deal\n16 December 2016\n\nThe talks ended without a deal on Friday evening.\n\nBoth sides said they would meet again.");

        Assert.Equal("The talks ended without a deal on Friday evening.\n\nBoth sides said they would meet again.", cleaned.Text);
        Assert.Equal(("Talks on Aleppo end without a deal", new DateOnly(2016, 12, 16)), (cleaned.Headline, cleaned.Date));
    }

    [Fact]
    public void A_sentence_containing_a_date_is_not_a_dateline()
    {
        const string Raw = "Fighting resumed on Fri Dec 16 2016 after a pause.\nDecember 16, 2016 was a Friday, officials noted.";

        var cleaned = Clean(Raw);
        Assert.Equal(Raw.Replace("\n", "\n\n", StringComparison.Ordinal), cleaned.Text);
        Assert.Null(cleaned.Date);
    }

    [Fact]
    public void Caption_printed_twice_or_cut_short_is_kept_once_in_full()
    {
        const string Caption = "Residents wait for buses at a checkpoint in the west of the city, Dec. 16, 2016.";

        var cleaned = Clean($"{Caption}\n{Caption}\n\nStory paragraph one goes here, as reported.\n\n{Caption[..50]}\n{Caption}\n\nStory paragraph two goes here, as reported.");

        Assert.Equal($"{Caption}\n\nStory paragraph one goes here, as reported.\n\n{Caption}\n\nStory paragraph two goes here, as reported.", cleaned.Text);
    }

    [Fact]
    public void Short_heading_that_begins_the_next_paragraph_is_not_a_cut_short_caption()
    {
        const string Raw = "The first paragraph tells what happened today.\nPeace talks\nPeace talks resumed in Geneva on Friday, officials said.";

        Assert.Equal(Raw.Replace("\n", "\n\n", StringComparison.Ordinal), Clean(Raw).Text);
    }

    [Fact]
    public void The_same_quote_repeated_in_separate_paragraphs_is_story_text_and_stays()
    {
        const string Quote = "\"We will return,\" one evacuee said.";

        Assert.Equal($"{Quote}\n\nHe repeated it to every reporter.\n\n{Quote}", Clean($"{Quote}\n\nHe repeated it to every reporter.\n\n{Quote}").Text);
    }

    [Theory]
    [InlineData("The photo agency Getty Images said it had withdrawn the picture.")]
    [InlineData("Copyright lawyers said the ruling was unclear.")]
    [InlineData("Image: that was the word the minister used, officials said.")]
    [InlineData("Source: a senior official, speaking on condition of anonymity, told reporters.")]
    [InlineData("More coverage of the war is needed, the aid group said.")]
    public void Sentences_that_mention_furniture_words_are_kept(string sentence)
    {
        var cleaned = Clean($"The opening paragraph of the story is here.\n{sentence}");

        Assert.EndsWith(sentence, cleaned.Text, StringComparison.Ordinal);
        Assert.Empty(cleaned.Removed);
    }

    [Theory]
    [InlineData("IE 11 is not supported. For an optimal experience visit our site on another browser.", "boilerplate: browser banner")]
    [InlineData("Image:  SYRIA-CONFLICT", "boilerplate: image placeholder")]
    [InlineData("Children play in a street of Aleppo on Friday.AFP - Getty Images", "boilerplate: photo credit")]
    [InlineData("Children play in a street of Aleppo on Friday. -Filepix", "boilerplate: photo credit")]
    [InlineData("Also see: Aleppo Evacuation in photos", "boilerplate: related-content link")]
    [InlineData("View full gallery", "boilerplate: related-content link")]
    [InlineData("Document #1268182", "boilerplate: archive header")]
    [InlineData("RFE/RL – Radio Free Europe/Radio Liberty (Author)", "boilerplate: author line")]
    [InlineData("Copyright (c) 2010-2020. RFE/RL, Inc. Reprinted with the permission of RFE/RL.", "boilerplate: copyright notice")]
    public void Furniture_lines_are_dropped_with_the_rule_that_dropped_them(string furniture, string reason)
    {
        var cleaned = Clean($"The opening paragraph of the story is here.\n\n{furniture}\n\nThe closing paragraph of the story is here.");

        Assert.Equal("The opening paragraph of the story is here.\n\nThe closing paragraph of the story is here.", cleaned.Text);
        Assert.Equal(new RemovedLine(3, furniture, reason), Assert.Single(cleaned.Removed));
    }

    [Theory]
    [InlineData("/ Source: Reuters")]
    [InlineData("- BBC / Reuters")]
    public void A_credit_line_stays_in_the_text_marked_as_the_credit_line(string credit)
    {
        var cleaned = Clean($"The opening paragraph of the story is here.\n\n{credit}\n\nThe closing paragraph of the story is here.");

        Assert.Equal($"The opening paragraph of the story is here.\n\n{credit}\n\nThe closing paragraph of the story is here.", cleaned.Text);
        Assert.Equal(2, cleaned.CreditLineParagraph);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_standfirst_the_story_repeats_with_a_word_changed_is_kept_once()
    {
        const string Standfirst = "Talks on the ceasefire broke down on the second day, with both sides blaming each other.";
        const string Paragraph = "Talks on the ceasefire stalled on the second day, with both sides blaming each other.";

        var cleaned = Clean($"{Standfirst}\n\nA different opening sentence of the story is here.\n\n{Paragraph}");

        Assert.Equal($"A different opening sentence of the story is here.\n\n{Paragraph}", cleaned.Text);
        Assert.Equal("standfirst repeated in the story", Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void Wire_credit_comes_from_a_sign_off_or_a_source_line()
    {
        Assert.Equal("BBC / Reuters", Clean("A story sentence that is long enough.\n- BBC / Reuters").WireCredit);
        Assert.Equal("Associated Press", Clean("/ Source: Associated Press\nA story sentence that is long enough.").WireCredit);
        Assert.Null(Clean("A story sentence that is long enough.").WireCredit);
    }

    [Theory]
    [InlineData("Aleppo\nThe first sentence of the story is here.")]
    [InlineData("The first sentence of the story is here.\nThe second sentence of the story is here.")]
    [InlineData("Civilians Still Trapped as Aleppo Evacuation Stalls")]
    public void Only_a_headline_shaped_first_line_with_a_story_below_is_taken_as_headline(string raw) =>
        Assert.Null(Clean(raw).Headline);

    [Fact]
    public void Headline_below_a_browser_banner_is_found()
    {
        var cleaned = Clean("IE 11 is not supported.\n\nCivilians Still Trapped as Aleppo Evacuation Stalls\n\nThe story's first sentence is here.");

        Assert.Equal("Civilians Still Trapped as Aleppo Evacuation Stalls", cleaned.Headline);
        Assert.Equal("The story's first sentence is here.", cleaned.Text);
    }
}
