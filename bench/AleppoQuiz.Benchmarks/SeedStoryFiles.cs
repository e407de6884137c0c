using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Benchmarks;

/// <summary>Loads the five seed articles from the shared folder beside the repository.</summary>
internal static class SeedStoryFiles
{
    private static readonly (string File, string Outlet)[] Files =
    [
        ("000_3f698ca0c8530b96", "AFP"),
        ("001_43cd5d9708eaedff", "VOA"),
        ("002_4bf62f779b4ed286", "BBC"),
        ("003_9998f0572115dbc0", "NBC News"),
        ("004_f24e29bdde54b1ea", "RFE/RL"),
    ];

    public static IReadOnlyList<StoryArticle> Load()
    {
        var folder = Path.Combine(FindRepositoryRoot(), "..", "shared", "seed-articles");
        return Files.Select(f => new StoryArticle(f.File, f.Outlet, File.ReadAllText(Path.Combine(folder, f.File + ".txt")))).ToList();
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AleppoQuiz.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside a checkout that contains AleppoQuiz.sln.");
    }
}
