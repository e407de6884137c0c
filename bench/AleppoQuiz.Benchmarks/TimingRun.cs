using System.Diagnostics;
using System.Globalization;

namespace AleppoQuiz.Benchmarks;

/// <summary>Timings of one measured action, in milliseconds.</summary>
internal sealed record TimingResult(string Name, int Iterations, double Median, double Mean, double P95, double Min)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: median {Median:F2} ms, mean {Mean:F2} ms, p95 {P95:F2} ms, min {Min:F2} ms over {Iterations} runs after warm-up");
}

/// <summary>
/// Warms the action up (JIT, tiered compilation, caches), then times it run by run. The median is the figure
/// reported: a single slow run from the machine's other work does not move it.
/// </summary>
internal static class TimingRun
{
    public static TimingResult Measure(string name, Func<int> action, int warmUp, int iterations)
    {
        var sink = 0;
        for (var i = 0; i < warmUp; i++)
        {
            sink += action();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        GC.KeepAlive(sink);
        Array.Sort(times);
        return new TimingResult(name, iterations, times[iterations / 2], times.Average(), times[(int)(iterations * 0.95)], times[0]);
    }
}
