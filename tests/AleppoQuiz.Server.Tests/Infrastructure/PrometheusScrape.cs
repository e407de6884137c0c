using System.Globalization;
using System.Text.RegularExpressions;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>One scrape of <c>/metrics</c> in the Prometheus text format, read the way Prometheus reads it.</summary>
internal sealed partial class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    /// <summary>The sum of a metric's samples whose labels include every given <c>name="value"</c> pair; there must be one.</summary>
    public double Value(string metric, params string[] labels)
    {
        var samples = Samples(metric, labels);
        Assert.True(samples.Length > 0, $"The scrape has no sample of {metric} {string.Join(",", labels)}:\n{Text}");
        return samples.Sum();
    }

    /// <summary>Like <see cref="Value"/>, for a counter that has no sample until its first count.</summary>
    public double ValueOrZero(string metric, params string[] labels) => Samples(metric, labels).Sum();

    private double[] Samples(string metric, string[] labels) => Text.Split('\n')
        .Select(line => SampleLine().Match(line))
        .Where(m => m.Success && m.Groups["name"].Value == metric)
        .Where(m => labels.All(label => m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal)))
        .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
        .ToArray();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();
}
