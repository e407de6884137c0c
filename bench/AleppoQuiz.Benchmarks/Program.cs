using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Benchmarks;

// Times the five-article seed story analysed and drafted (target: median <= 50 ms after warm-up), prints the
// figures and writes them to artifacts/benchmarks/story-analysis.txt (or the folder given as first argument).
var articles = SeedStoryFiles.Load();
var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 200;
var results = new[]
{
    TimingRun.Measure("analyse and draft the 5-article seed story", () => StoryAnalyzer.Analyze(articles).Drafts.Count, warmUp: 30, iterations),
};

var folder = args.Length > 0 ? args[0] : Path.Combine("artifacts", "benchmarks");
Directory.CreateDirectory(folder);
var output = Path.Combine(folder, "story-analysis.txt");
var lines = results.Select(r => r.ToString()).Prepend($"{DateTime.UtcNow:u} {Environment.ProcessorCount} cores, .NET {Environment.Version}").ToList();
File.WriteAllLines(output, lines);
lines.ForEach(Console.WriteLine);
Console.WriteLine($"written to {Path.GetFullPath(output)}");
return results.All(r => r.Median <= 50) ? 0 : 1;
