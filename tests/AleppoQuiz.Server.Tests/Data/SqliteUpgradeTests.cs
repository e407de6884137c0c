using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// SQLite databases made before the migrations were generated: the server upgrades one made by the last
/// hand-written migration without losing a row, and refuses one it cannot upgrade without touching it.
/// </summary>
public class SqliteUpgradeTests
{
    [Fact]
    public async Task A_database_made_by_the_previous_schema_keeps_its_teachers_quizzes_and_games_once_the_server_starts()
    {
        var connectionString = $"Data Source=upgrade-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        using var database = new SqliteConnection(connectionString);
        database.Open();
        SqliteSchema.Execute(database, PreviousSchema.Script("sqlite"));
        SqliteSchema.Execute(database, PreviousSchema.SampleRows);

        await using (var server = new QuizServerFactory { DatabaseConnectionString = connectionString })
        {
            await PreviousSchema.AssertKeptAsync(server);
        }

        using var fresh = SqliteSchema.OpenInMemory();
        using (var db = SqliteSchema.Context(fresh))
        {
            await db.UpgradeSchemaAsync();
        }

        Assert.Equal(SqliteSchema.Describe(fresh), SqliteSchema.Describe(database));
        using var upgraded = SqliteSchema.Context(database);
        Assert.Contains(upgraded.Database.GetMigrations().First(), SqliteSchema.Query(database, "SELECT MigrationId FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task A_database_older_than_the_previous_schema_is_refused_and_left_as_it_was()
    {
        using var database = SqliteSchema.OpenInMemory();
        var script = PreviousSchema.Script("sqlite");
        // Everything up to the last hand-written migration, which comes last in the script.
        SqliteSchema.Execute(database, script[..script.LastIndexOf("BEGIN TRANSACTION;", StringComparison.Ordinal)]);
        var before = SqliteSchema.Describe(database);
        using var db = SqliteSchema.Context(database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.UpgradeSchemaAsync());

        Assert.Contains("20261205121000_AbandonedGames", error.Message, StringComparison.Ordinal);
        Assert.Contains(SchemaUpgrade.LastHandWrittenMigration, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, SqliteSchema.Describe(database));
        Assert.DoesNotContain(db.Database.GetMigrations().First(), SqliteSchema.Query(database, "SELECT MigrationId FROM __EFMigrationsHistory"));
    }
}
