using System.Net;
using System.Text.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// A database file that outlives the servers started over it, so a test can stop a server (or start a second one
/// beside it, as a crash would leave things) and see what is really stored.
/// </summary>
internal sealed class SavedGameServer : IDisposable
{
    private readonly BankCopy folder = new();

    public SavedGameServer() =>
        // A short busy timeout: a held write lock is then felt within a second rather than after thirty.
        ConnectionString = $"Data Source={Path.Combine(folder.Path, "games.db")};Pooling=False;Default Timeout=1";

    public string ConnectionString { get; }

    public LiveServerFactory Start() => new() { DatabaseConnectionString = ConnectionString };

    /// <summary>Another program using the same database, for example a backup or a long import.</summary>
    public SqliteConnection OpenOther()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// What a crash at this instant would leave on disk, as a database of its own: a consistent copy of what is
    /// stored, without anything the running server still holds only in memory.
    /// </summary>
    public SavedGameServer CopyAsACrashWouldLeaveIt()
    {
        var copy = new SavedGameServer();
        using var source = OpenOther();
        using var target = copy.OpenOther();
        source.BackupDatabase(target);
        return copy;
    }

    public QuizDbContext OpenDatabase() =>
        new SqliteQuizDbContext(new DbContextOptionsBuilder<SqliteQuizDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>/readyz as an operator reads it: the status code and the JSON that says what is wrong.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(LiveServerFactory server)
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync("/readyz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls readiness until it matches; the journal's retries have no other outward signal.</summary>
    public static async Task WaitForReadinessAsync(LiveServerFactory server, HttpStatusCode wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await ReadinessAsync(server)).Status != wanted)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    public static async Task<(GameClient Host, JsonElement State)> AttachHostAsync(LiveServerFactory server, LiveTable table)
    {
        var host = await GameClient.ConnectAsync(server, table.HostCookie);
        return (host, await host.InvokeAsync("AttachHost", table.Pin, table.HostKey));
    }

    public void Dispose() => folder.Dispose();
}
