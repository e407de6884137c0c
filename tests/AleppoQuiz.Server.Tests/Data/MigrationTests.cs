using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>The generated migrations of each database keep up with the model and build what it describes.</summary>
public class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_change_to_the_model_has_a_migration(string provider)
    {
        // The contexts dotnet ef builds, so a failure here is fixed by the command the README gives.
        using QuizDbContext db = provider == "Sqlite"
            ? new SqliteQuizDbContextFactory().CreateDbContext([])
            : new PostgresQuizDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes that no migration makes; add one with dotnet ef (see README, Schema migrations).");
    }

    [Fact]
    public void Migrating_builds_the_schema_the_model_describes()
    {
        using var migrated = SqliteSchema.OpenInMemory();
        using var created = SqliteSchema.OpenInMemory();
        using (var db = SqliteSchema.Context(migrated))
        {
            db.Database.Migrate();
        }

        using (var db = SqliteSchema.Context(created))
        {
            db.Database.EnsureCreated();
        }

        Assert.Equal(SqliteSchema.Describe(created), SqliteSchema.Describe(migrated));
    }

    [Fact]
    public void Migrating_an_up_to_date_database_changes_nothing()
    {
        using var connection = SqliteSchema.OpenInMemory();
        using var db = SqliteSchema.Context(connection);
        db.Database.Migrate();
        var before = SqliteSchema.Describe(connection);

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(before, SqliteSchema.Describe(connection));
    }
}
