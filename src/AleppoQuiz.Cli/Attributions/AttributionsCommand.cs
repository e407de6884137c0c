using System.CommandLine;

namespace AleppoQuiz.Cli.Attributions;

internal static class AttributionsCommand
{
    // Placeholder until the command is written.
    public static Command Create() => new("attributions", "Not written yet.");
}
