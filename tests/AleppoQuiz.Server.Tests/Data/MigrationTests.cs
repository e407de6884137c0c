using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// The migrations are written by hand, so this is what keeps them honest: a database built by migrating must have
/// the same tables, columns, keys and indexes as one built straight from the model.
/// </summary>
public class MigrationTests
{
    [Fact]
    public void Migrating_builds_the_schema_the_model_describes()
    {
        using var migrated = Open();
        using var created = Open();
        using (var db = Context(migrated))
        {
            db.Database.Migrate();
        }

        using (var db = Context(created))
        {
            db.Database.EnsureCreated();
        }

        Assert.Equal(Describe(created), Describe(migrated));
    }

    [Fact]
    public void Migrating_an_up_to_date_database_changes_nothing()
    {
        using var connection = Open();
        using var db = Context(connection);
        db.Database.Migrate();
        var before = Describe(connection);

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(before, Describe(connection));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static QuizDbContext Context(SqliteConnection connection) => new(new DbContextOptionsBuilder<QuizDbContext>()
        .UseSqlite(connection)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    private static List<string> Describe(SqliteConnection connection)
    {
        var lines = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables)
        {
            lines.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')"));
            lines.AddRange(Query(connection, $"SELECT '{table} fk ' || \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"));
            lines.AddRange(Query(connection, $"SELECT '{table} index ' || name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
