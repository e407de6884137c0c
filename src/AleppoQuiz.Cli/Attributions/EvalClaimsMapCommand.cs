using System.CommandLine;
using System.Globalization;
using AleppoQuiz.Attribution.Evaluation.ClaimsMap;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>
/// <c>eval-claims-map --corpus DIR [--details]</c>: analyses the shipped multi-outlet PolNeAR stories as the claims
/// map and drafts panel do and prints speaker precision, the share of conflicts that are real and the share of
/// who-said drafts whose key is the gold source. <c>--details</c> lists every miss.
/// </summary>
internal static class EvalClaimsMapCommand
{
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The PolNeAR folder (with train/ and dev/).", Required = true };
        var details = new Option<bool>("--details") { Description = "Also list each speaker, conflict and draft that misses." };
        var command = new Command("eval-claims-map", "Check the claims map and who-said drafts of multi-outlet stories against gold annotations.")
        {
            corpus,
            details,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(corpus), parse.GetValue(details), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 on success, 2 when the corpus folder is missing.</returns>
    internal static int Run(DirectoryInfo corpus, bool details, TextWriter stdout, TextWriter stderr)
    {
        if (!corpus.Exists)
        {
            stderr.WriteLine($"error: the folder '{corpus.FullName}' does not exist");
            return 2;
        }

        var score = ClaimsMapEvaluator.Evaluate(corpus.FullName, ClaimsMapStories.Shipped);
        stdout.WriteLine($"{score.Stories} stories, {score.Articles} articles");
        stdout.WriteLine(Line("speaker precision", score.SpeakersRight, score.SpeakersListed, score.SpeakerPrecision));
        stdout.WriteLine(Line("spelling conflicts real", score.SpellingConflictsReal, score.SpellingConflicts, score.SpellingConflictsRealShare));
        stdout.WriteLine(Line("figure conflicts real", score.FigureConflictsReal, score.FigureConflicts, score.FigureConflictsRealShare));
        stdout.WriteLine(Line("who-said keys right", score.WhoSaidRight, score.WhoSaidJudged, score.WhoSaidKeyRight)
            + $" ({score.WhoSaidDrafts - score.WhoSaidJudged} of {score.WhoSaidDrafts} drafts quote words the gold attributes to nobody)");
        stdout.WriteLine($"distractors that are the gold source: {score.DistractorsThatAreTheAnswer}");
        if (details)
        {
            foreach (var finding in score.Findings)
            {
                stdout.WriteLine("  " + finding);
            }
        }

        return 0;
    }

    private static string Line(string label, int right, int all, double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {right}/{all} = {share * 100:0.0} %");
}
