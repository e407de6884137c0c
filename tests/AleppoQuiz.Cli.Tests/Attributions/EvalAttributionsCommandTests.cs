using System.Text.Json;
using AleppoQuiz.Cli.Attributions;

namespace AleppoQuiz.Cli.Tests.Attributions;

/// <summary>Runs the eval command on a small brat fixture written into a temporary folder.</summary>
public class EvalAttributionsCommandTests
{
    private const string Text = "The mayor said the roads were closed.";
    private const string Gold = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 36\tthe roads were closed\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

    [Fact]
    public void Prints_a_table_and_writes_json_scores()
    {
        var folder = Directory.CreateTempSubdirectory("eval-attr-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "story.txt"), Text);
            File.WriteAllText(Path.Combine(folder.FullName, "story_ab12.ann"), Gold);
            var output = new FileInfo(Path.Combine(folder.FullName, "out", "scores.json"));
            var stdout = new StringWriter();

            var exit = EvalAttributionsCommand.Run(folder, folder, output, stdout, new StringWriter());

            Assert.Equal(0, exit);
            Assert.Contains("1 articles, 1 annotation files", stdout.ToString(), StringComparison.Ordinal);
            Assert.Contains("content  overlap  100.0  100.0  100.0", stdout.ToString(), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(output.FullName));
            Assert.Equal(100.0, json.RootElement.GetProperty("source").GetProperty("exact").GetProperty("f1").GetDouble());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("annotatorAgreement").ValueKind);
            Assert.DoesNotContain("annotator agreement", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Reports_how_far_two_annotators_agree_where_an_article_was_annotated_twice()
    {
        var folder = Directory.CreateTempSubdirectory("eval-attr-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "story.txt"), Text);
            File.WriteAllText(Path.Combine(folder.FullName, "story_ab12.ann"), Gold);
            File.WriteAllText(Path.Combine(folder.FullName, "story_cd34.ann"), Gold.Replace("Source 0 9\tThe mayor", "Source 4 9\tmayor", StringComparison.Ordinal));
            var output = new FileInfo(Path.Combine(folder.FullName, "scores.json"));
            var stdout = new StringWriter();

            var exit = EvalAttributionsCommand.Run(folder, folder, output, stdout, new StringWriter());

            Assert.Equal(0, exit);
            Assert.Contains("annotator agreement: 1 articles annotated more than once, each annotator scored against each other (2 pairs)", stdout.ToString(), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(output.FullName));
            var agreement = json.RootElement.GetProperty("annotatorAgreement");
            Assert.Equal(0.0, agreement.GetProperty("scores").GetProperty("source").GetProperty("exact").GetProperty("f1").GetDouble());
            Assert.Equal(100.0, agreement.GetProperty("scores").GetProperty("cue").GetProperty("exact").GetProperty("f1").GetDouble());
            Assert.Contains("the extractor on the same articles", stdout.ToString(), StringComparison.Ordinal);
            var extractorCue = agreement.GetProperty("extractorOnSameArticles").GetProperty("cue").GetProperty("exact");
            Assert.Equal(2, extractorCue.GetProperty("gold").GetInt32()); // one relation, scored against both files
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var missing = new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));
        var exit = EvalAttributionsCommand.Run(missing, missing, null, new StringWriter(), new StringWriter());
        Assert.Equal(2, exit);
    }
}
