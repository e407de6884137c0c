using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AleppoQuiz.LoadBench;

/// <summary>The median of several runs at one size, and the files that keep them: JSON with every run, and a
/// Markdown table for the README.</summary>
internal static class LoadReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static RunFigures Median(IReadOnlyList<RunFigures> runs)
    {
        double M(Func<RunFigures, double> figure) => MedianOf(runs.Select(figure));
        Latency L(Func<RunFigures, Latency> figure) => new(M(r => figure(r).P50), M(r => figure(r).P99), M(r => figure(r).Max), (int)M(r => figure(r).Count));
        return runs[0] with
        {
            MachineLoadBefore = M(r => r.MachineLoadBefore),
            JoinSeconds = M(r => r.JoinSeconds),
            FanOut = L(r => r.FanOut),
            Acknowledge = L(r => r.Acknowledge),
            OwnResult = L(r => r.OwnResult),
            // Losses are summed, not averaged: one lost answer in any run is a loss.
            AnswersAccepted = runs.Sum(r => r.AnswersAccepted),
            AnswersRefused = runs.Sum(r => r.AnswersRefused),
            AnswersCounted = runs.Sum(r => Math.Min(r.AnswersCounted, r.AnswersAccepted)),
            QuestionsMissed = runs.Sum(r => r.QuestionsMissed),
            ResidentMegabytesJoined = M(r => r.ResidentMegabytesJoined),
            ResidentMegabytesEnd = M(r => r.ResidentMegabytesEnd),
            KilobytesPerPlayer = M(r => r.KilobytesPerPlayer),
            CpuSecondsPerQuestion = M(r => r.CpuSecondsPerQuestion),
        };
    }

    public static async Task WriteAsync(LoadOptions options, IReadOnlyList<(RunFigures Median, IReadOnlyList<RunFigures> Runs)> sizes)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var name = options.Label.Replace(", ", "-", StringComparison.Ordinal).Replace("%", "pct", StringComparison.Ordinal).Replace(' ', '-');
        var document = new
        {
            machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, dotnet = Environment.Version.ToString() },
            options = new { options.Protocol, options.StalledShare, options.Questions, options.AnswerWindowMs, options.Runs, options.QuizId },
            sizes = sizes.Select(size => new { median = size.Median, runs = size.Runs }),
        };
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, $"load-{name}.json"), JsonSerializer.Serialize(document, Json));
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, $"load-{name}.md"), Table(options, sizes.Select(size => size.Median)));
    }

    public static string Table(LoadOptions options, IEnumerable<RunFigures> medians)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Protocol {options.Label}; {options.Questions} questions per run, answers within {options.AnswerWindowMs} ms; median of {options.Runs} runs.");
        text.AppendLine();
        text.AppendLine("| players | joined (s) | question fan-out p50 / p99 (ms) | answer ack p50 / p99 (ms) | own result p50 / p99 (ms) | answers accepted / counted / lost | KB per player | RSS end (MB) | CPU s per question | load before |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in medians)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Players:N0} | {run.JoinSeconds:F1} | {run.FanOut.P50:F0} / {run.FanOut.P99:F0} | {run.Acknowledge.P50:F0} / {run.Acknowledge.P99:F0} | {run.OwnResult.P50:F0} / {run.OwnResult.P99:F0} | {run.AnswersAccepted:N0} / {run.AnswersCounted:N0} / {run.AnswersLost} | {run.KilobytesPerPlayer:F1} | {run.ResidentMegabytesEnd:F0} | {run.CpuSecondsPerQuestion:F2} | {run.MachineLoadBefore:F2} |");
        }

        return text.ToString();
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
