using AleppoQuiz.Attribution.Learning;
using AleppoQuiz.Cli.Attributions;

namespace AleppoQuiz.Cli.Tests.Attributions;

/// <summary>Trains on a two-article brat fixture in a temporary folder and reads the model back.</summary>
public class TrainAttributionsCommandTests
{
    private const string Text = "The mayor said the roads were closed.\nPolice said on Monday that two people died.";
    private const string Gold =
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 36\tthe roads were closed\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 38 44\tPolice\nT6\tCue 45 49\tsaid\nT7\tContent 65 80\ttwo people died\n" +
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";

    private static readonly TrainingOptions Tiny = new() { CueEpochs = 3, RoleEpochs = 3, CueHashBits = 12, RoleHashBits = 12 };

    [Fact]
    public void Writes_a_model_that_loads()
    {
        var folder = Directory.CreateTempSubdirectory("train-attr-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), Text);
            File.WriteAllText(Path.Combine(folder.FullName, "a_ab12.ann"), Gold);
            var output = new FileInfo(Path.Combine(folder.FullName, "out", "model.bin.gz"));
            var stdout = new StringWriter();

            var exit = TrainAttributionsCommand.Run(folder, folder, output, Tiny, stdout, new StringWriter());

            Assert.Equal(0, exit);
            Assert.Contains("trained on 1 articles", stdout.ToString(), StringComparison.Ordinal);
            using var stream = File.OpenRead(output.FullName);
            var cues = LearnedAttributionExtractor.Load(stream).Extract(Text).Attributions.Select(a => a.Cue.Text);
            Assert.Contains("said", cues);
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
        var exit = TrainAttributionsCommand.Run(missing, missing, new FileInfo("unused"), Tiny, new StringWriter(), new StringWriter());
        Assert.Equal(2, exit);
    }
}
