using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AleppoQuiz.Attribution.Learning;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>
/// <c>train-attributions --text DIR --gold DIR --out FILE</c>: trains the learned attribution extractor (cue
/// tagger, then source/content tagger) on a brat corpus and writes the model file. The shipped model,
/// src/AleppoQuiz.Attribution/Data/attribution-model.bin.gz, is this command's output on the PolNeAR train split
/// with the default settings.
/// </summary>
internal static class TrainAttributionsCommand
{
    public static Command Create()
    {
        var text = new Option<DirectoryInfo>("--text") { Description = "Folder of article .txt files.", Required = true };
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of brat .ann files.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (gzip'd binary).", Required = true };
        var command = new Command("train-attributions", "Train the learned attribution extractor on brat gold annotations.")
        {
            text,
            gold,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(text),
            parse.GetRequiredValue(gold),
            parse.GetRequiredValue(output),
            new TrainingOptions(),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 on success, 2 when a folder is missing or holds no annotated article.</returns>
    internal static int Run(
        DirectoryInfo text, DirectoryInfo gold, FileInfo output, TrainingOptions options, TextWriter stdout, TextWriter stderr)
    {
        foreach (var folder in new[] { text, gold }.Where(f => !f.Exists))
        {
            stderr.WriteLine($"error: the folder '{folder.FullName}' does not exist");
            return 2;
        }

        var articles = AttributionModelTrainer.ReadCorpus(text.FullName, gold.FullName);
        if (articles.Count == 0)
        {
            stderr.WriteLine("error: no article in --text has an annotation file in --gold");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var model = AttributionModelTrainer.Train(articles, options);
        output.Directory?.Create();
        using (var file = File.Create(output.FullName))
        {
            model.Save(file);
        }

        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trained on {articles.Count} articles in {clock.Elapsed.TotalSeconds:F1} s; wrote {output.FullName} ({new FileInfo(output.FullName).Length} bytes)"));
        return 0;
    }
}
