using System.Net;
using System.Text.Json;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>
/// <c>/readyz</c> tells the truth about the journal: while the database refuses the game's writes, the server is
/// not ready (a load balancer sends new classes elsewhere), and it is ready again once the writes go through.
/// </summary>
[Collection(ExactMetersCollection.Name)]
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("aleppoquiz-readiness-").FullName;
    private readonly SaveFailureSignal saveFailed = new();
    private readonly ReadinessServer factory;
    private LiveTable table = null!;

    public ReadinessTests() => factory = new ReadinessServer(saveFailed)
    {
        DatabaseConnectionString = $"Data Source={Path.Combine(folder, "games.db")}",
        Settings = new Dictionary<string, string> { ["Telemetry:Prometheus"] = "true" },
    };

    public async Task InitializeAsync() => table = await LiveTable.OpenAsync(factory, "Ana");

    [Fact]
    public async Task Readiness_fails_while_the_journal_cannot_save_and_recovers_once_it_can()
    {
        var (status, _) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, status);

        // The table every move is journaled to disappears from under the running server.
        await SqlAsync("ALTER TABLE GameCommands RENAME TO GameCommandsAside");
        var joining = table.JoinAsync("Ben");
        await saveFailed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var (failingStatus, failingBody) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failingStatus);
        Assert.Equal("Unhealthy", Check(failingBody, "journal"));
        Assert.Equal("Healthy", Check(failingBody, "database"));
        var health = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await SqlAsync("ALTER TABLE GameCommandsAside RENAME TO GameCommands");
        // The join was held, not lost: it is acknowledged once the retried batch is saved.
        await joining.WaitAsync(TimeSpan.FromSeconds(30));

        var (recoveredStatus, recoveredBody) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, recoveredStatus);
        Assert.Equal("Healthy", Check(recoveredBody, "journal"));
        var scrape = new PrometheusScrape(await factory.CreateClient().GetStringAsync("/metrics"));
        Assert.True(scrape.Value("aleppoquiz_journal_failures_total") >= 1);
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        var response = await factory.CreateClient().GetAsync("/readyz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("status").GetString()!;

    private async Task SqlAsync(string sql)
    {
        await using var connection = new SqliteConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class ReadinessServer(SaveFailureSignal signal) : LiveServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(signal)));
        }
    }

    /// <summary>Completes when the journal logs that a batch could not be saved: the moment the failure is known.</summary>
    private sealed class SaveFailureSignal : ILoggerProvider, ILogger
    {
        private readonly TaskCompletionSource failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => failed.Task;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && formatter(state, exception).StartsWith("Could not save", StringComparison.Ordinal))
            {
                failed.TrySetResult();
            }
        }

        public void Dispose()
        {
        }
    }
}
