using AleppoQuiz.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AleppoQuiz.Server.Tests;

/// <summary>
/// The real server over a real SQLite database held in memory for the life of the factory. One connection stays
/// open because an in-memory SQLite database disappears when its last connection closes.
/// </summary>
public class QuizServerFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString = $"Data Source=aleppoquiz-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly SqliteConnection keepAlive;

    public QuizServerFactory()
    {
        keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        DatabaseConnectionString = connectionString;
    }

    /// <summary>The question bank the server loads; the repository's own unless a test points elsewhere.</summary>
    public string BankPath { get; init; } = RepositoryPaths.QuestionBank;

    /// <summary>The database the server uses; the in-memory one unless a test needs a file that outlives the server.</summary>
    public string DatabaseConnectionString { get; init; }

    /// <summary>Sqlite, or Postgres for the tests that run the server against a real PostgreSQL.</summary>
    public string DatabaseProvider { get; init; } = "Sqlite";

    public int SignInAttemptsPerMinute { get; init; } = 10_000;

    public int PracticeAttemptsPerMinute { get; init; } = 10_000;

    /// <summary>
    /// Teachers of these domains are approved as they register. Tests register at school.example unless they are
    /// about accounts awaiting approval, which use another domain.
    /// </summary>
    public string OpenSignUpDomains { get; init; } = "school.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:AleppoQuiz", DatabaseConnectionString);
        builder.UseSetting("Database:Provider", DatabaseProvider);
        builder.UseSetting("QuestionBank:Path", BankPath);
        // Every test client shares one address here; the limit itself has its own test.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Accounts:OpenSignUpDomains", OpenSignUpDomains);
        builder.UseSetting("Practice:AttemptsPerMinute", PracticeAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            keepAlive.Dispose();
        }
    }
}
