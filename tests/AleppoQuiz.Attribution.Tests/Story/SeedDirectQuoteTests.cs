using System.Text.Json;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>Checks every direct quote of the seed story against the hand-checked list in Data/seed-direct-quotes.json.</summary>
public class SeedDirectQuoteTests
{
    private sealed record GoldQuote(string Article, string Quote, string? Speaker);

    private sealed record GoldFile(string Note, List<GoldQuote> Quotes);

    private static readonly List<GoldQuote> Gold = JsonSerializer.Deserialize<GoldFile>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Story", "Data", "seed-direct-quotes.json")),
        new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Quotes;

    public static TheoryData<int> GoldIndexes()
    {
        var data = new TheoryData<int>();
        foreach (var i in Enumerable.Range(0, Gold.Count))
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldIndexes))]
    public void Each_direct_quote_is_found_with_its_canonical_speaker(int index)
    {
        var gold = Gold[index];
        Assert.Contains(gold.Quote, SeedStory.TextOf(gold.Article), StringComparison.Ordinal);
        var article = SeedStory.Analysis.Articles.Single(a => a.Article.Id == gold.Article);

        var found = Assert.Single(article.Quotes, q => q.Quote.Text == gold.Quote);

        Assert.Equal(gold.Speaker, found.Speaker);
    }

    [Fact]
    public void No_quotation_is_found_that_the_gold_list_does_not_have()
    {
        var found = SeedStory.Analysis.Articles.SelectMany(a => a.Quotes.Select(q => (a.Article.Id, q.Quote.Text))).ToList();
        var expected = Gold.Select(g => (g.Article, g.Quote)).ToList();
        Assert.Equal(expected.Count, found.Count);
        Assert.Empty(found.Except(expected));
    }

    [Fact]
    public void Quote_offsets_cut_the_same_text_out_of_the_article()
    {
        foreach (var article in SeedStory.Analysis.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                Assert.Equal(quote.Quote.Text, article.Article.Text[quote.Quote.Start..quote.Quote.End]);
            }
        }
    }
}
