using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// PostgreSQL has migrations of its own (its column types differ from SQLite's): they build what the model
/// describes, and upgrade a database made before they were generated without losing a row.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer postgres)
{
    [Fact]
    public async Task Migrating_an_empty_PostgreSQL_database_builds_the_schema_the_model_describes()
    {
        var migrated = await postgres.CreateDatabaseAsync();
        var created = await postgres.CreateDatabaseAsync();
        await using (var db = PostgresSchema.Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = PostgresSchema.Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await PostgresSchema.DescribeAsync(created);
        Assert.Contains(expected, line => line.StartsWith("Games.CreatedAt timestamp with time zone", StringComparison.Ordinal));
        Assert.Equal(expected, await PostgresSchema.DescribeAsync(migrated));
    }

    [Fact]
    public async Task Migrating_an_up_to_date_PostgreSQL_database_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var db = PostgresSchema.Context(database);
        await db.Database.MigrateAsync();
        var before = await PostgresSchema.DescribeAsync(database);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(before, await PostgresSchema.DescribeAsync(database));
    }

    [Fact]
    public async Task A_database_made_by_the_previous_schema_keeps_its_teachers_quizzes_and_games_once_the_server_starts()
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgresSchema.ExecuteAsync(database, PreviousSchema.Script("postgres"));
        await PostgresSchema.ExecuteAsync(database, PreviousSchema.SampleRows);

        await using (var server = PostgresStorageTests.Server(database))
        {
            await PreviousSchema.AssertKeptAsync(server);
        }

        var fresh = await postgres.CreateDatabaseAsync();
        await using (var db = PostgresSchema.Context(fresh))
        {
            await db.UpgradeSchemaAsync();
        }

        Assert.Equal(await PostgresSchema.DescribeAsync(fresh), await PostgresSchema.DescribeAsync(database));
        await using var upgraded = PostgresSchema.Context(database);
        Assert.Contains(upgraded.Database.GetMigrations().First(), await upgraded.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void Missing_server_programs_fail_with_the_script_that_installs_them()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-postgresql-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidOperationException>(() => PostgresTools.Find(missing));

        Assert.Contains(".ci/install-prerequisites.sh", error.Message, StringComparison.Ordinal);
    }
}
