using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Chooses the database from configuration: SQLite in a local data folder by default, PostgreSQL when several
/// server nodes share one database (<c>Database:Provider=Postgres</c>).
/// </summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "AleppoQuiz";

    public static WebApplicationBuilder AddQuizDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? "Data Source=data/aleppoquiz.db";

        builder.Services.AddDbContext<QuizDbContext>(options =>
        {
            _ = provider.ToLowerInvariant() switch
            {
                "sqlite" => options.UseSqlite(PrepareSqlite(connectionString)),
                "postgres" or "postgresql" => options.UseNpgsql(connectionString),
                _ => throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use Sqlite or Postgres."),
            };
            // Migrations are written by hand without a model snapshot; a test compares the migrated schema
            // with the model instead, so EF's snapshot-based check would only report a false alarm.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<QuizDbContext>("database");
        return builder;
    }

    // SQLite does not create missing folders, and a fresh clone has no data folder yet.
    private static string PrepareSqlite(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource.Length > 0 && dataSource != ":memory:" && !connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return connectionString;
    }
}
