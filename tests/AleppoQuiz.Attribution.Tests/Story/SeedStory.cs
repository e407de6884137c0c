using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>The five raw seed articles as one story, analysed once for all tests that need it.</summary>
internal static class SeedStory
{
    private static readonly (string File, string Outlet)[] Files =
    [
        ("000_3f698ca0c8530b96", "AFP"),
        ("001_43cd5d9708eaedff", "VOA"),
        ("002_4bf62f779b4ed286", "BBC"),
        ("003_9998f0572115dbc0", "NBC News"),
        ("004_f24e29bdde54b1ea", "RFE/RL"),
    ];

    public static IReadOnlyList<StoryArticle> Articles { get; } = Files
        .Select(f => new StoryArticle(f.File, f.Outlet, File.ReadAllText(Path.Combine(RepositoryPaths.SeedArticles, f.File + ".txt"))))
        .ToList();

    public static StoryAnalysis Analysis { get; } = StoryAnalyzer.Analyze(Articles);

    public static string TextOf(string articleId) => Articles.Single(a => a.Id == articleId).Text;
}
