using System.Globalization;
using System.Text.RegularExpressions;
using AleppoQuiz.Cli.Attributions;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Cli.Tests.Attributions;

/// <summary>The eval-claims-map command on the shipped multi-outlet PolNeAR stories, and on a folder that is not there.</summary>
public sealed class EvalClaimsMapCommandTests
{
    [Fact]
    public void Prints_each_share_as_right_over_counted_and_lists_misses_on_request()
    {
        var stdout = new StringWriter();
        var exit = EvalClaimsMapCommand.Run(new DirectoryInfo(Path.Combine(RepositoryPaths.AttributionData, "polnear")), true, stdout, new StringWriter());

        Assert.Equal(0, exit);
        var text = stdout.ToString();
        Assert.StartsWith("16 stories, 37 articles", text, StringComparison.Ordinal);
        foreach (var label in new[] { "speaker precision", "spelling conflicts real", "figure conflicts real", "who-said keys right" })
        {
            var line = Regex.Match(text, $@"{label}: (\d+)/(\d+) = ([\d.]+) %");
            Assert.True(line.Success, label);
            var (right, all) = (int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.Equal(all == 0 ? 100.0 : Math.Round(100.0 * right / all, 1), double.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        Assert.Contains(text.Split('\n'), l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_corpus_folder_is_an_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, EvalClaimsMapCommand.Run(new DirectoryInfo(Path.Combine(Path.GetTempPath(), "no-such-polnear-folder")), false, new StringWriter(), stderr));
        Assert.Contains("does not exist", stderr.ToString(), StringComparison.Ordinal);
    }
}
