using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// Reads a PostgreSQL database's schema back as sorted lines (columns, constraints, indexes), so that two
/// databases built in different ways can be compared with one assertion that shows every difference.
/// </summary>
internal static class PostgresSchema
{
    // Column defaults are left out on purpose: a migration that adds a NOT NULL column to a filled table must give
    // it a default for the existing rows, which a database created from the model never needs.
    private const string Columns = """
        SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
        """;

    // Primary keys, foreign keys with their delete rules, and unique constraints, as PostgreSQL spells them.
    private const string Constraints = """
        SELECT c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text <> '"__EFMigrationsHistory"'
        """;

    private const string Indexes = """
        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
        """;

    public static PostgresQuizDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresQuizDbContext>().UseNpgsql(connectionString).Options);

    /// <summary>Runs a script of several statements, such as the saved previous schema.</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[] { Columns, Constraints, Indexes })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
