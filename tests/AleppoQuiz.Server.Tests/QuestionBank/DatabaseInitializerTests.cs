using System.Net.Http.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.QuestionBank;
using AleppoQuiz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.QuestionBank;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task A_restart_over_the_same_database_keeps_one_copy_of_each_quiz()
    {
        using var bank = new BankCopy();
        var database = Path.Combine(bank.Path, "restart.db");
        var first = await QuizCountsAfterStartAsync(bank.Path, database);

        var second = await QuizCountsAfterStartAsync(bank.Path, database);

        Assert.Equal(first, second);
        Assert.True(first.Questions >= 40);
    }

    [Fact]
    public async Task An_edited_quiz_file_is_taken_up_on_the_next_start()
    {
        using var bank = new BankCopy();
        var database = Path.Combine(bank.Path, "edit.db");
        await QuizCountsAfterStartAsync(bank.Path, database);
        var file = Directory.EnumerateFiles(bank.QuizzesFolder).Order(StringComparer.Ordinal).First();
        var text = await File.ReadAllTextAsync(file);
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        await File.WriteAllTextAsync(file, text.Replace(title, "title: \"Renamed by a teacher\"", StringComparison.Ordinal));

        using var factory = new FileDatabaseFactory(bank.Path, database);
        var teacher = await SignedInTeacher.CreateAsync(factory);
        var quizzes = await teacher.GetFromJsonAsync<QuizSummary[]>("/api/quizzes");

        Assert.Contains(quizzes!, q => q.Title == "Renamed by a teacher");
    }

    [Fact]
    public async Task A_broken_bank_stops_the_server_and_leaves_the_database_as_it_was()
    {
        using var bank = new BankCopy();
        var database = Path.Combine(bank.Path, "broken.db");
        var before = await QuizCountsAfterStartAsync(bank.Path, database);
        var (file, _, replacement) = bank.MisquoteOneWord();

        using var factory = new FileDatabaseFactory(bank.Path, database);
        var error = Assert.Throws<QuestionBankInvalidException>(() => factory.CreateClient());

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(replacement, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await QuizCountsAfterStartAsync(RepositoryPaths.QuestionBank, database));
    }

    private static async Task<(int Quizzes, int Questions, int Evidence)> QuizCountsAfterStartAsync(string bankPath, string database)
    {
        using var factory = new FileDatabaseFactory(bankPath, database);
        factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        return (await db.Quizzes.CountAsync(), await db.Questions.CountAsync(), await db.Evidence.CountAsync());
    }

    /// <summary>The server over a SQLite file, as the run command uses it, so a second start finds the first's data.</summary>
    private sealed class FileDatabaseFactory : QuizServerFactory
    {
        public FileDatabaseFactory(string bankPath, string database)
        {
            BankPath = bankPath;
            DatabaseConnectionString = $"Data Source={database};Pooling=False";
        }
    }
}
