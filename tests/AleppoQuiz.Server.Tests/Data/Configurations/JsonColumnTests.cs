using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data.Configurations;

/// <summary>Games stored before the columns were typed still read, and new rows are stored as the same JSON text.</summary>
public sealed class JsonColumnTests
{
    private const string StoredQuiz = """{"Title":"Aleppo","Questions":[]}""";
    private const string StoredAnswerCommand = """{"type":"answer","PlayerToken":"key","QuestionIndex":1,"OptionIds":[2,0],"Text":null}""";

    [Fact]
    public async Task A_game_stored_as_json_text_reads_back_as_its_quiz_and_commands()
    {
        await using var connection = await OpenAsync();
        Execute(connection, $"""
            INSERT INTO Games (Id, Pin, QuizId, QuizTitle, QuizSnapshot, Seed, HostKeyHash, CreatedAt, Abandoned)
            VALUES ('g1', '123456', 'q', 'Aleppo', '{StoredQuiz}', 7, 'hash', '2026-11-02 09:00:00+00:00', 0);
            INSERT INTO GameCommands (GameId, Sequence, At, Command) VALUES ('g1', 0, '2026-11-02 09:00:00+00:00', '{StoredAnswerCommand}');
            """);
        await using var db = Context(connection);

        var game = await db.Games.SingleAsync();
        var command = Assert.IsType<SubmitAnswerCommand>((await db.GameCommands.SingleAsync()).Command);

        Assert.Equal("Aleppo", game.QuizSnapshot.Title);
        Assert.Empty(game.QuizSnapshot.Questions);
        Assert.Equal("key", command.PlayerToken);
        Assert.Equal(1, command.QuestionIndex);
        Assert.Null(command.Text);
        Assert.Equal([2, 0], command.OptionIds);
    }

    [Fact]
    public async Task Commands_and_answers_written_now_are_stored_as_the_same_json_text()
    {
        await using var connection = await OpenAsync();
        Execute(connection, $"""
            INSERT INTO Games (Id, Pin, QuizId, QuizTitle, QuizSnapshot, Seed, HostKeyHash, CreatedAt, Abandoned)
            VALUES ('g1', '123456', 'q', 'Aleppo', '{StoredQuiz}', 7, 'hash', '2026-11-02 09:00:00+00:00', 0);
            """);
        await using (var db = Context(connection))
        {
            db.GameCommands.Add(new StoredGameCommand { GameId = "g1", Sequence = 0, Command = new SubmitAnswerCommand("key", 1, [2, 0]) });
            db.GameAnswers.Add(new StoredGameAnswer { GameId = "g1", QuestionIndex = 1, PlayerId = 1, QuestionId = "q1", OptionIds = [2, 0] });
            await db.SaveChangesAsync();
        }

        Assert.Equal(StoredAnswerCommand, Scalar(connection, "SELECT Command FROM GameCommands"));
        Assert.Equal("[2,0]", Scalar(connection, "SELECT OptionIds FROM GameAnswers"));
        Assert.Equal("text", Scalar(connection, "SELECT typeof(OptionIds) FROM GameAnswers"));
    }

    private static async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = Context(connection);
        await db.Database.MigrateAsync();
        return connection;
    }

    private static SqliteQuizDbContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<SqliteQuizDbContext>().UseSqlite(connection).Options);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
