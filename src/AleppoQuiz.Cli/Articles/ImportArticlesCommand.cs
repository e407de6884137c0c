using System.CommandLine;

namespace AleppoQuiz.Cli.Articles;

internal static class ImportArticlesCommand
{
    // Placeholder until the command is written.
    public static Command Create() => new("import-articles", "Not written yet.");
}
