using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>An article written to a file and read back is the same article, text and header alike.</summary>
public sealed class ArticleDocumentFormatTests
{
    [Theory]
    [InlineData("afp")]
    [InlineData("voa")]
    [InlineData("bbc")]
    [InlineData("nbc")]
    [InlineData("rferl")]
    public void Seed_article_round_trips(string id)
    {
        var article = SeedCorpus.Article(id);
        Assert.Equal(article, ArticleDocumentFormat.Parse(ArticleDocumentFormat.Write(article)));
    }

    [Fact]
    public void Awkward_titles_and_text_round_trip()
    {
        var article = new ArticleDocument
        {
            Id = "awkward",
            Outlet = "Outlet: with colon",
            WireCredit = "'Quoted' wire",
            Date = new DateOnly(2016, 12, 16),
            Title = "\"Nothing short of a massacre\": Kerry # not a comment",
            TitleSource = "editor",
            Url = "https://example.org/a?b=c&d=e",
            OriginalFile = "000_x.txt",
            Text = "First “curly” paragraph -- with dashes.\n\n---\n\n  Indented? no: kept as given.\n\nLast paragraph.",
        };

        Assert.Equal(article, ArticleDocumentFormat.Parse(ArticleDocumentFormat.Write(article)));
    }

    [Fact]
    public void Written_file_ends_with_one_newline_and_keeps_the_text_verbatim()
    {
        var article = SeedCorpus.Article("voa");
        var written = ArticleDocumentFormat.Write(article);

        Assert.EndsWith(article.Text + "\n", written, StringComparison.Ordinal);
        Assert.False(written.EndsWith("\n\n", StringComparison.Ordinal));
    }
}
