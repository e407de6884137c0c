namespace AleppoQuiz.Testing;

/// <summary>
/// Locates the repository and the shared data folder beside it, wherever the test runner's working directory is.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string QuestionBank => Path.Combine(Root, "question-bank");

    /// <summary>The read-only folder that sits beside the repository (seed articles, attribution corpus).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedArticles => Path.Combine(Shared, "seed-articles");

    public static string AttributionData => Path.Combine(Shared, "attribution-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AleppoQuiz.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a checkout that contains AleppoQuiz.sln.");
    }
}
