using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Core.Articles;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>
/// The five cleaned articles of the question bank as one story: what the claims map and the drafts panel show
/// a teacher by default. Each file is a YAML header between "---" lines, then the text evidence counts in. As on the
/// server, the engine reads the reporting alone: photo captions and credit lines are blanked, offsets unchanged.
/// </summary>
internal static class BankStory
{
    private static readonly string[] Ids = ["afp", "voa", "bbc", "nbc", "rferl"];

    public static IReadOnlyList<StoryArticle> Articles { get; } = Ids.Select(Read).ToList();

    public static StoryAnalysis Analysis { get; } = StoryAnalyzer.Analyze(Articles);

    private static StoryArticle Read(string id)
    {
        var article = ArticleDocumentFormat.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.QuestionBank, "articles", id + ".txt")));
        return new StoryArticle(id, article.Outlet, ArticleParagraphs.ReportingText(article));
    }
}
