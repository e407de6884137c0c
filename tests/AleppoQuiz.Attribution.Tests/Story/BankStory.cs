using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>
/// The five cleaned articles of the question bank as one story: what the claims map and the drafts panel show
/// a teacher by default. Each file is a YAML header between "---" lines, then the text evidence counts in.
/// </summary>
internal static class BankStory
{
    private static readonly string[] Ids = ["afp", "voa", "bbc", "nbc", "rferl"];

    public static IReadOnlyList<StoryArticle> Articles { get; } = Ids.Select(Read).ToList();

    public static StoryAnalysis Analysis { get; } = StoryAnalyzer.Analyze(Articles);

    private static StoryArticle Read(string id)
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.QuestionBank, "articles", id + ".txt"));
        var headerEnd = file.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var outlet = file[..headerEnd].Split('\n').Single(l => l.StartsWith("outlet:", StringComparison.Ordinal))["outlet:".Length..].Trim();
        return new StoryArticle(id, outlet, file[(headerEnd + "\n---\n".Length)..]);
    }
}
