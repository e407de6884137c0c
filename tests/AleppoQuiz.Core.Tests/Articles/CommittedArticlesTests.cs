using AleppoQuiz.Core.Articles;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>
/// The article files committed in question-bank/articles are exactly what the importer makes from the raw seeds
/// today. Evidence quotes are written against those files, so a change to the cleaner that would change them must
/// be seen, and the files regenerated with <c>import-articles</c>, in the same commit.
/// </summary>
public sealed class CommittedArticlesTests
{
    [Theory]
    [InlineData("afp")]
    [InlineData("voa")]
    [InlineData("bbc")]
    [InlineData("nbc")]
    [InlineData("rferl")]
    public void Committed_file_equals_what_the_importer_produces_now(string id)
    {
        var path = Path.Combine(SeedCorpus.ArticlesFolder, id + ".txt");
        Assert.True(File.Exists(path), $"{path} is missing: run import-articles");

        var committed = File.ReadAllText(path);
        var expected = ArticleDocumentFormat.Write(SeedCorpus.Article(id));
        Assert.True(
            string.Equals(expected, committed, StringComparison.Ordinal),
            $"{id}.txt differs from the importer's output; rerun import-articles and review the difference.");
    }

    [Fact]
    public void Manifest_lists_the_five_seed_stories_once_each()
    {
        Assert.Equal(["afp", "voa", "bbc", "nbc", "rferl"], SeedCorpus.Manifest.Entries.Select(entry => entry.Metadata.Id));
        Assert.All(SeedCorpus.Manifest.Entries, entry =>
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.SeedArticles, entry.FileName)), entry.FileName));
    }
}
