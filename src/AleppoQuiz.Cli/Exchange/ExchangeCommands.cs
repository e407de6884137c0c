using System.CommandLine;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Cli.Exchange;

/// <summary>
/// <c>exchange export</c> and <c>exchange import</c>: move one quiz between the question bank's YAML and the files
/// of other quiz tools (Moodle GIFT and XML, Kahoot's spreadsheet, QTI 2.1). The work is done by
/// <see cref="QuizExchange"/>; these commands only read and write the files and report what was left out.
/// </summary>
internal static class ExchangeCommands
{
    public static Command Create() => new("exchange", "Export a quiz to, or import one from, another quiz tool's format.")
    {
        CreateExport(),
        CreateImport(),
    };

    public static Command CreateExport()
    {
        var format = FormatOption(f => f.CanExport);
        var quiz = new Option<FileInfo>("--quiz") { Description = "The quiz file (question-bank YAML) to export.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Write a question-bank quiz in another tool's format.") { format, quiz, output };
        command.SetAction(parse => RunExport(
            QuizExchange.Find(parse.GetRequiredValue(format)),
            parse.GetRequiredValue(quiz),
            parse.GetRequiredValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    public static Command CreateImport()
    {
        var format = FormatOption(f => f.CanImport);
        var input = new Option<FileInfo>("--in") { Description = "The file to import.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The question-bank YAML file to write.", Required = true };
        var bank = new Option<DirectoryInfo?>("--bank")
        {
            Description = "A question bank folder whose articles the imported questions are checked against.",
        };
        var command = new Command("import", "Read another tool's quiz file into a question-bank YAML file.") { format, input, output, bank };
        command.SetAction(parse => RunImport(
            QuizExchange.Find(parse.GetRequiredValue(format)),
            parse.GetRequiredValue(input),
            parse.GetRequiredValue(output),
            parse.GetValue(bank),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 when written (skipped questions are listed), 1 when the quiz file is malformed, 2 when it is missing.</returns>
    internal static int RunExport(ExchangeFormat format, FileInfo quizFile, FileInfo output, TextWriter stdout, TextWriter stderr)
    {
        if (!quizFile.Exists)
        {
            stderr.WriteLine($"error: the quiz file '{quizFile.FullName}' does not exist");
            return 2;
        }

        Quiz quiz;
        try
        {
            quiz = QuizExchange.Import(ExchangeFormat.Native, File.ReadAllBytes(quizFile.FullName));
        }
        catch (ExchangeFormatException ex)
        {
            stderr.WriteLine($"error: {quizFile.Name}: {ex.Message}");
            return 1;
        }

        var result = QuizExchange.Export(format, quiz);
        output.Directory?.Create();
        File.WriteAllBytes(output.FullName, result.Content);
        foreach (var note in result.Notes)
        {
            stdout.WriteLine($"{(note.Skipped ? "skipped" : "note   ")} {note.QuestionId}: {note.Message}");
        }

        var exported = quiz.Questions.Count - result.SkippedQuestionIds.Count();
        stdout.WriteLine($"wrote {output.Name}: {exported} of {quiz.Questions.Count} questions as {format.DisplayName}");
        return 0;
    }

    /// <returns>0 when written (questions still missing evidence are listed), 1 when the file is rejected, 2 when it is missing.</returns>
    internal static int RunImport(
        ExchangeFormat format, FileInfo input, FileInfo output, DirectoryInfo? bank, TextWriter stdout, TextWriter stderr)
    {
        if (!input.Exists)
        {
            stderr.WriteLine($"error: the file '{input.FullName}' does not exist");
            return 2;
        }

        ImportResult result;
        try
        {
            var options = new ImportOptions { SourceName = input.Name };
            result = QuizExchange.Read(format, File.ReadAllBytes(input.FullName), options);
        }
        catch (ExchangeFormatException ex)
        {
            stderr.WriteLine($"error: {input.Name}: {ex.Message}");
            return 1;
        }

        var quiz = result.Quiz;
        output.Directory?.Create();
        File.WriteAllText(output.FullName, QuizFileFormat.Write(quiz));
        foreach (var note in result.Notes)
        {
            stdout.WriteLine($"{(note.Skipped ? "skipped" : "note   ")} {note.Location}: {note.Message}");
        }

        foreach (var warning in Warnings(quiz, bank))
        {
            stdout.WriteLine($"warning: {warning}");
        }

        stdout.WriteLine($"wrote {output.Name}: quiz '{quiz.Id}' with {quiz.Questions.Count} question(s) from {format.DisplayName}");
        return 0;
    }

    // What a teacher still has to add before the bank accepts the quiz: files from other tools have no evidence.
    private static IEnumerable<string> Warnings(Quiz quiz, DirectoryInfo? bank)
    {
        var articles = bank is { Exists: true } ? QuestionBankLoader.Load(bank.FullName).Articles : null;
        foreach (var question in quiz.Questions)
        {
            if (question.Explanation.Length == 0)
            {
                yield return $"{question.Id}: no explanation; the bank needs one";
            }

            var problems = articles is null
                ? question.Evidence.Count == 0 ? ["no evidence quote; the bank needs at least one"] : []
                : QuestionValidator.Check(question, articles).Problems;
            foreach (var problem in problems)
            {
                yield return $"{question.Id}: {problem}";
            }
        }
    }

    private static Option<string> FormatOption(Func<ExchangeFormat, bool> offers)
    {
        var names = QuizExchange.Formats.Where(offers).Select(f => f.Name).ToArray();
        var option = new Option<string>("--format")
        {
            Description = $"The other tool's format: {string.Join(", ", names)}.",
            Required = true,
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }
}
