using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Figures;

public class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text)
    {
        var article = new StoryArticle("a", "AFP", text);
        return FigureExtractor.Extract(article, SpeakerResolver.Resolve(text, AttributionExtractor.Default.Extract(text).Attributions));
    }

    [Fact]
    public void A_number_with_a_counted_noun_and_an_event_word_is_a_figure_with_its_hedge()
    {
        var figure = Assert.Single(Extract("At least 6000 people left east Aleppo on Thursday."));
        Assert.Equal(6000, figure.Value);
        Assert.Equal("at least", figure.Qualifier);
        Assert.Equal(new FigureKey("evacuated", "people"), figure.Key);
        Assert.Null(figure.GivenBy);
    }

    [Fact]
    public void A_bare_restated_figure_takes_the_key_of_the_whole_before_it_not_of_its_part()
    {
        var figures = Extract("The Observatory estimated some 8,500 people had left, including around 3,000 rebel fighters. Syrian state media reported a figure of around 8,000.");
        Assert.Equal([8500.0, 3000.0, 8000.0], figures.Select(f => f.Value).ToArray());
        Assert.Equal(new FigureKey("evacuated", "fighters"), figures[1].Key);
        Assert.Equal(new FigureKey("evacuated", "people"), figures[2].Key);
        Assert.Equal("Syrian state media", figures[2].GivenBy);
    }

    [Fact]
    public void Years_dates_and_numbers_without_a_counted_noun_are_ignored() =>
        Assert.Empty(Extract("The conflict began in 2011. Talks resumed on December 16 at 1201 Connecticut Ave."));

    [Fact]
    public void Conflicts_need_different_values_from_two_voices()
    {
        var same = Extract("More than 310,000 people have been killed.\nMore than 310,000 people have been killed.");
        Assert.Empty(FigureConflictFinder.Find(same));
    }
}
