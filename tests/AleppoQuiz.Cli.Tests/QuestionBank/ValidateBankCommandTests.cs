using AleppoQuiz.Cli.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Cli.Tests.QuestionBank;

public class ValidateBankCommandTests
{
    [Fact]
    public void The_built_in_bank_validates()
    {
        var output = new StringWriter();

        var exitCode = ValidateBankCommand.Run(new DirectoryInfo(RepositoryPaths.QuestionBank), output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.StartsWith("ok: 5 articles", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_word_misquote_fails_naming_the_file_and_the_changed_quote()
    {
        using var copy = new BankCopy();
        var (file, _, replacement) = copy.MisquoteOneWord();
        var output = new StringWriter();

        var exitCode = ValidateBankCommand.Run(new DirectoryInfo(copy.Path), output);

        Assert.Equal(1, exitCode);
        var error = output.ToString().Split('\n')[0];
        Assert.StartsWith($"error: {Path.Combine("quizzes", file)}: ", error, StringComparison.Ordinal);
        Assert.Contains(replacement, error, StringComparison.Ordinal);
        Assert.Contains("not found verbatim", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_its_own_error()
    {
        var output = new StringWriter();

        Assert.Equal(2, ValidateBankCommand.Run(new DirectoryInfo(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))), output));
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }
}
