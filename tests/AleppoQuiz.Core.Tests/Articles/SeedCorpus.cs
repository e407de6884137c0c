using AleppoQuiz.Core.Articles;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>The five raw seed stories, the committed manifest, and what the importer makes of them today.</summary>
internal static class SeedCorpus
{
    public static string ArticlesFolder => Path.Combine(RepositoryPaths.QuestionBank, "articles");

    public static string ManifestPath => Path.Combine(ArticlesFolder, "sources.yaml");

    public static SourceManifest Manifest { get; } = SourceManifest.Load(ManifestPath);

    public static IReadOnlyDictionary<string, ArticleDocument> Imported { get; } =
        new ArticleImporter().ImportFolder(Manifest, RepositoryPaths.SeedArticles).ToDictionary(article => article.Id);

    public static ArticleDocument Article(string id) => Imported[id];

    public static string Raw(string id) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.SeedArticles, Manifest.Entries.Single(e => e.Metadata.Id == id).FileName));

    public static CleanedArticle Cleaned(string id) => ArticleCleaner.Default.Clean(Raw(id));

    public static IReadOnlyList<string> Paragraphs(string id) => Article(id).Text.Split("\n\n");
}
