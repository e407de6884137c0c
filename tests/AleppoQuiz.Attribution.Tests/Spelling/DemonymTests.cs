using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Spelling;

/// <summary>A place and the adjective made from it are two words, never two spellings of one name.</summary>
public class DemonymTests
{
    [Theory]
    [InlineData("Ukraine", "Ukrainian")]
    [InlineData("Syria", "Syrian")]
    [InlineData("Russia", "Russian")]
    [InlineData("Israel", "Israeli")]
    [InlineData("Lebanon", "Lebanese")]
    [InlineData("Turkey", "Turkish")]
    [InlineData("Palestine", "Palestinians")]
    public void A_place_and_its_demonym_are_told_apart(string place, string demonym)
    {
        Assert.True(Demonyms.AreNameAndDemonym(place, demonym));
        Assert.True(Demonyms.AreNameAndDemonym(demonym, place));
    }

    [Theory]
    [InlineData("Kefraya", "Kefyra")]
    [InlineData("Foua", "Fuaa")]
    [InlineData("Kafraya", "Kfarya")]
    public void Transliterations_are_not_demonyms(string a, string b) => Assert.False(Demonyms.AreNameAndDemonym(a, b));

    [Fact]
    public void Ukraine_and_Ukrainian_in_two_reports_are_no_spelling_conflict()
    {
        var articles = new[]
        {
            new StoryArticle("a", "Politico", "Ukraine's foreign minister said the country wanted good relations with both candidates. Ukraine has asked for help."),
            new StoryArticle("b", "USA Today", "Ukrainian officials said they had a ledger listing the payments to the Ukrainian party."),
        };
        Assert.DoesNotContain(SpellingVariantFinder.Find(articles), g => g.Names.Contains("Ukraine") || g.Names.Contains("Ukrainian"));
    }
}
