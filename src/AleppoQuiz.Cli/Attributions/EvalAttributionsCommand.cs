using System.CommandLine;

namespace AleppoQuiz.Cli.Attributions;

internal static class EvalAttributionsCommand
{
    // Placeholder until the command is written.
    public static Command Create() => new("eval-attributions", "Not written yet.");
}
