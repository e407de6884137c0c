using AleppoQuiz.Attribution.Story;
using BenchmarkDotNet.Attributes;

namespace AleppoQuiz.Benchmarks;

/// <summary>
/// The whole analysis and drafting of the five raw seed articles, as a page would request it. The articles are
/// read once in setup so the benchmark measures the analysis, not the disk.
/// </summary>
[MemoryDiagnoser]
public class StoryAnalysisBenchmark
{
    private IReadOnlyList<StoryArticle> _articles = [];

    [GlobalSetup]
    public void LoadArticles() => _articles = SeedStoryFiles.Load();

    [Benchmark(Description = "analyse and draft the 5-article seed story")]
    public int AnalyseAndDraft() => StoryAnalyzer.Analyze(_articles).Drafts.Count;
}
