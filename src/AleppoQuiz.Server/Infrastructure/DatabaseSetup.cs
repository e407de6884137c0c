using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

        // Each database has its own context type, so that each finds its own migrations.
        _ = provider.ToLowerInvariant() switch
        {
            "sqlite" => builder.Services.AddDbContext<QuizDbContext, SqliteQuizDbContext>(options =>
                options.UseSqlite(PrepareSqlite(connectionString, builder.Environment.ContentRootPath))),
            "postgres" or "postgresql" => builder.Services.AddDbContext<QuizDbContext, PostgresQuizDbContext>(options =>
                options.UseNpgsql(connectionString)),
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported; use Sqlite or Postgres."),
        };
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
