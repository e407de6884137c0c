using System.CommandLine;

namespace AleppoQuiz.Cli.QuestionBank;

internal static class ValidateBankCommand
{
    // Placeholder until the command is written.
    public static Command Create() => new("validate", "Not written yet.");
}
