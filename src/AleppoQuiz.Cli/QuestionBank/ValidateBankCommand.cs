using System.CommandLine;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Cli.QuestionBank;

/// <summary><c>validate</c>: checks the whole question bank and lists every problem by file and question.</summary>
internal static class ValidateBankCommand
{
    public static Command Create()
    {
        var bank = new Option<DirectoryInfo>("--bank")
        {
            Description = "The question bank folder (with articles/ and quizzes/).",
            DefaultValueFactory = _ => new DirectoryInfo("question-bank"),
        };
        var command = new Command("validate", "Check every quiz of the question bank against its articles.") { bank };
        command.SetAction(parse => Run(parse.GetValue(bank)!, parse.InvocationConfiguration.Output));
        return command;
    }

    /// <returns>0 when the bank is valid, 1 when it has problems, 2 when the folder does not exist.</returns>
    internal static int Run(DirectoryInfo bank, TextWriter output)
    {
        if (!bank.Exists)
        {
            output.WriteLine($"error: the question bank folder '{bank.FullName}' does not exist");
            return 2;
        }

        var result = QuestionBankLoader.Load(bank.FullName);
        foreach (var problem in result.Problems)
        {
            output.WriteLine($"error: {problem}");
        }

        var questions = result.Quizzes.Sum(q => q.Questions.Count);
        var evidence = result.Quizzes.SelectMany(q => q.Questions).Sum(q => q.Evidence.Count);
        output.WriteLine(result.IsValid
            ? $"ok: {result.Articles.Count} articles, {result.Quizzes.Count} quizzes, {questions} questions, {evidence} evidence quotes found verbatim"
            : $"{result.Problems.Count} problem(s) in {bank.FullName}");
        return result.IsValid ? 0 : 1;
    }
}
