using System.CommandLine;
using System.Text.Json;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Attribution.Learning;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>
/// <c>eval-attributions --text DIR --gold DIR [--out FILE] [--engine learned|rules]</c>: scores an extractor (by
/// default the learned one) against brat gold files and
/// prints precision, recall and F1 for source, cue and content, exact and overlap. An article with two
/// annotator files is scored against each and the counts summed (see <see cref="CorpusEvaluator"/>); where
/// articles are annotated more than once, the annotators' agreement with each other is printed as well, as the ceiling
/// to read the extractor's figures against.
/// </summary>
internal static class EvalAttributionsCommand
{
    public static Command Create()
    {
        var text = new Option<DirectoryInfo>("--text") { Description = "Folder of article .txt files.", Required = true };
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of brat .ann files.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the scores as JSON to this file." };
        var engine = AttributionEngineOption.Create();
        var command = new Command("eval-attributions", "Score attribution extraction against brat gold annotations.")
        {
            text,
            gold,
            output,
            engine,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(text),
            parse.GetRequiredValue(gold),
            parse.GetValue(output),
            AttributionEngineOption.Resolve(parse.GetValue(engine)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 on success, 2 when a folder is missing or holds no annotated article.</returns>
    internal static int Run(DirectoryInfo text, DirectoryInfo gold, FileInfo? output, TextWriter stdout, TextWriter stderr) =>
        Run(text, gold, output, LearnedAttributionExtractor.Default, stdout, stderr);

    internal static int Run(
        DirectoryInfo text, DirectoryInfo gold, FileInfo? output, IAttributionExtractor extractor, TextWriter stdout, TextWriter stderr)
    {
        foreach (var folder in new[] { text, gold }.Where(f => !f.Exists))
        {
            stderr.WriteLine($"error: the folder '{folder.FullName}' does not exist");
            return 2;
        }

        var score = CorpusEvaluator.Evaluate(text.FullName, gold.FullName, extractor);
        if (score.Articles == 0)
        {
            stderr.WriteLine("error: no article in --text has an annotation file in --gold");
            return 2;
        }

        stdout.WriteLine($"{score.Articles} articles, {score.Documents.Count} annotation files");
        stdout.Write(ScoreTable.Render(score.Total));
        var agreement = AnnotatorAgreement.Measure(text.FullName, gold.FullName);
        if (agreement.Articles > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"annotator agreement: {agreement.Articles} articles annotated more than once, each annotator scored against each other ({agreement.Pairs} pairs)");
            stdout.Write(ScoreTable.Render(agreement.Total));
            stdout.WriteLine();
            stdout.WriteLine("the extractor on the same articles, against each of their annotators");
            stdout.Write(ScoreTable.Render(agreement.ExtractorOnSameArticles(score)));
        }

        if (output is not null)
        {
            output.Directory?.Create();
            File.WriteAllText(output.FullName, JsonSerializer.Serialize(ScoreJson.From(score, agreement), ScoreJson.Options));
            stdout.WriteLine($"wrote {output.FullName}");
        }

        return 0;
    }
}
