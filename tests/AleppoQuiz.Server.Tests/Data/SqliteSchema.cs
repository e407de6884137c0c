using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// Reads a SQLite database's schema back as sorted lines (columns, foreign keys, indexes), so that two databases
/// built in different ways can be compared with one assertion that shows every difference.
/// </summary>
internal static class SqliteSchema
{
    public static SqliteConnection OpenInMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    public static SqliteQuizDbContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<SqliteQuizDbContext>().UseSqlite(connection).Options);

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Column defaults and column order are left out on purpose: a migration that adds a NOT NULL column to a filled
    // table must give it a default, and SQLite appends it at the end, which a database created in one go never has.
    public static List<string> Describe(SqliteConnection connection)
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

    public static List<string> Query(SqliteConnection connection, string sql)
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
