using System.Text.Json;
using AleppoQuiz.Cli.Attributions;

namespace AleppoQuiz.Cli.Tests.Attributions;

/// <summary>Runs the eval command on a small brat fixture written into a temporary folder.</summary>
public sealed class EvalAttributionsCommandTests : IDisposable
{
    private const string Text = "The mayor said the roads were closed.";
    private const string Gold = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 36\tthe roads were closed\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eval-attr-");

    public EvalAttributionsCommandTests()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "story.txt"), Text);
        File.WriteAllText(Path.Combine(_folder.FullName, "story_ab12.ann"), Gold);
    }

    private (int Exit, string Stdout, JsonDocument Json) Evaluate()
    {
        var output = new FileInfo(Path.Combine(_folder.FullName, "out", "scores.json"));
        var stdout = new StringWriter();
        var exit = EvalAttributionsCommand.Run(_folder, _folder, output, stdout, new StringWriter());
        return (exit, stdout.ToString(), JsonDocument.Parse(File.ReadAllText(output.FullName)));
    }

    [Fact]
    public void Prints_a_table_and_writes_json_scores()
    {
        var (exit, stdout, json) = Evaluate();

        Assert.Equal(0, exit);
        Assert.Contains("1 articles, 1 annotation files", stdout, StringComparison.Ordinal);
        Assert.Contains("content  overlap  100.0  100.0  100.0", stdout, StringComparison.Ordinal);
        Assert.Equal(100.0, json.RootElement.GetProperty("source").GetProperty("exact").GetProperty("f1").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("annotatorAgreement").ValueKind);
        Assert.DoesNotContain("annotator agreement", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_how_far_two_annotators_agree_where_an_article_was_annotated_twice()
    {
        var secondReading = Gold.Replace("Source 0 9\tThe mayor", "Source 4 9\tmayor", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.FullName, "story_cd34.ann"), secondReading);

        var (exit, stdout, json) = Evaluate();

        Assert.Equal(0, exit);
        Assert.Contains("annotator agreement: 1 articles annotated more than once, each annotator scored against each other (2 pairs)", stdout, StringComparison.Ordinal);
        var agreement = json.RootElement.GetProperty("annotatorAgreement");
        Assert.Equal(0.0, agreement.GetProperty("scores").GetProperty("source").GetProperty("exact").GetProperty("f1").GetDouble());
        Assert.Equal(100.0, agreement.GetProperty("scores").GetProperty("cue").GetProperty("exact").GetProperty("f1").GetDouble());
        Assert.Contains("the extractor on the same articles", stdout, StringComparison.Ordinal);
        var extractorCue = agreement.GetProperty("extractorOnSameArticles").GetProperty("cue").GetProperty("exact");
        Assert.Equal(2, extractorCue.GetProperty("gold").GetInt32()); // one relation, scored against both files
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var missing = new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));
        var exit = EvalAttributionsCommand.Run(missing, missing, null, new StringWriter(), new StringWriter());
        Assert.Equal(2, exit);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
