using System.Globalization;
using AleppoQuiz.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Runs the seed story benchmark with a short job (3 warm-up and 10 measured iterations in one launch: enough
// for a stable median on a shared machine, short enough for a pre-commit check). BenchmarkDotNet writes its
// reports under BenchmarkDotNet.Artifacts/results; the median, mean and percentiles also go to
// artifacts/benchmarks/story-analysis.txt (or the folder given as first argument). Target: median <= 50 ms.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("short"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summary = BenchmarkRunner.Run<StoryAnalysisBenchmark>(config);

var folder = args.Length > 0 ? args[0] : Path.Combine("artifacts", "benchmarks");
Directory.CreateDirectory(folder);
var lines = new List<string> { $"{DateTime.UtcNow:u} {Environment.ProcessorCount} cores, .NET {Environment.Version}" };
var medians = new List<double>();
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var stats = report.ResultStatistics!;
    var median = stats.Median / 1e6; // nanoseconds to milliseconds
    medians.Add(median);
    lines.Add(string.Create(
        CultureInfo.InvariantCulture,
        $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: median {median:F2} ms, mean {stats.Mean / 1e6:F2} ms, p95 {stats.Percentiles.P95 / 1e6:F2} ms, min {stats.Min / 1e6:F2} ms over {stats.N} iterations"));
}

var output = Path.Combine(folder, "story-analysis.txt");
File.WriteAllLines(output, lines);
lines.ForEach(Console.WriteLine);
Console.WriteLine($"written to {Path.GetFullPath(output)}");
return medians.Count > 0 && medians.All(m => m <= 50) ? 0 : 1;
