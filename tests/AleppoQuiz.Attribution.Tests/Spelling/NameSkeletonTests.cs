using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Spelling;

public class NameSkeletonTests
{
    [Theory]
    [InlineData("Fuaa", "Foua")]
    [InlineData("Foah", "al-Foua")]
    [InlineData("Kafraya", "Kefyra")]
    [InlineData("Kfarya", "Kefraya")]
    public void Transliterations_of_one_name_share_a_skeleton(string a, string b) =>
        Assert.Equal(NameSkeleton.Consonants(a), NameSkeleton.Consonants(b));

    [Theory]
    [InlineData("Moscow", "Musk")]
    [InlineData("Iran", "Iraq")]
    [InlineData("Lebanese", "Lebanon's")]
    public void Different_names_keep_different_skeletons(string a, string b) =>
        Assert.NotEqual(NameSkeleton.Consonants(a), NameSkeleton.Consonants(b));

    [Fact]
    public void Variants_from_two_outlets_are_grouped_with_where_each_is_used()
    {
        var articles = new[]
        {
            new StoryArticle("a", "AFP", "Residents of Fuaa waited. Aid reached Fuaa on Friday."),
            new StoryArticle("b", "VOA", "Residents of Foua waited for buses near Idlib."),
        };
        var group = Assert.Single(SpellingVariantFinder.Find(articles));
        Assert.Equal(["Foua", "Fuaa"], group.Names);
        Assert.Equal(["AFP"], group.Spellings.Single(s => s.Spelling == "Fuaa").Outlets);
    }
}
