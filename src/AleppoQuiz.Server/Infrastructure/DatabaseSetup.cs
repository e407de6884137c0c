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
                "sqlite" => options.UseSqlite(PrepareSqlite(connectionString, builder.Environment.ContentRootPath)),
                "postgres" or "postgresql" => options.UseNpgsql(connectionString),
                _ => throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use Sqlite or Postgres."),
            };
            // Migrations are written by hand without a model snapshot; a test compares the migrated schema
            // with the model instead, so EF's snapshot-based check would only report a false alarm.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<QuizDbContext>("database")
            .AddReadinessCheck<QuestionBankHealthCheck>("question-bank");
        return builder;
    }

    // A relative database file lives under the server's content root however the server was started, and
    // SQLite does not create missing folders, which a fresh clone does not have yet.
    private static string PrepareSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
