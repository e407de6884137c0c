using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// A reveal stores the scores of all its answers in a few statements, not one per answer, and each answer still gets
/// its own points, correctness and time: on SQLite here, on PostgreSQL in <see cref="PostgresScoredAnswersTests"/>.
/// </summary>
public sealed class ScoredAnswersStorageTests
{
    private static readonly int Statements = (ScoredAnswersStorage.Players + ScoredAnswersUpdate.ChunkSize - 1) / ScoredAnswersUpdate.ChunkSize;

    [Fact]
    public async Task A_reveal_scores_every_stored_answer_of_the_question_in_one_statement_per_chunk()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        SqliteQuizDbContext Context(Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor? interceptor)
        {
            var options = new DbContextOptionsBuilder<SqliteQuizDbContext>().UseSqlite(connection);
            return new(interceptor is null ? options.Options : options.AddInterceptors(interceptor).Options);
        }

        var updates = await ScoredAnswersStorage.PlayAsync(Context);

        Assert.Equal(Statements, updates);
        await using var db = Context(null);
        await ScoredAnswersStorage.AssertScoredAsync(db);
    }

    internal static int ExpectedStatements => Statements;
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresScoredAnswersTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_reveal_scores_every_stored_answer_of_the_question_in_one_statement_per_chunk()
    {
        var database = await postgres.CreateDatabaseAsync();
        QuizDbContext Context(Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor? interceptor)
        {
            var options = new DbContextOptionsBuilder<PostgresQuizDbContext>().UseNpgsql(database);
            return new PostgresQuizDbContext(interceptor is null ? options.Options : options.AddInterceptors(interceptor).Options);
        }

        var updates = await ScoredAnswersStorage.PlayAsync(Context);

        Assert.Equal(ScoredAnswersStorageTests.ExpectedStatements, updates);
        await using var db = Context(null);
        await ScoredAnswersStorage.AssertScoredAsync(db);
    }
}
