using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// A private, throwaway PostgreSQL for one test run: its own cluster in a temporary folder, on a free loopback port
/// with trust authentication for loopback only, stopped and deleted at the end. Tests need neither a shared server
/// nor credentials, and each asks for a fresh database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private PostgresTools tools = null!;
    private string root = "";
    private NpgsqlDataSource? admin;

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(root, "data");

    private string LogFile => Path.Combine(root, "server.log");

    public async Task InitializeAsync()
    {
        tools = PostgresTools.Find();
        root = Directory.CreateTempSubdirectory("aleppoquiz-pg-").FullName;
        try
        {
            await tools.GiveFolderAsync(root);
            // No fsync anywhere: the cluster is deleted at the end of the run, so durability buys nothing.
            await tools.RunAsync("initdb", "-D", DataFolder, "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync", "-A", "trust");
            await File.WriteAllTextAsync(Path.Combine(DataFolder, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            await File.AppendAllTextAsync(Path.Combine(DataFolder, "postgresql.conf"), $"""

                listen_addresses = '127.0.0.1'
                unix_socket_directories = '{root}'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                """);
            await StartAsync();
            admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
            await WaitUntilAcceptingAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database and returns the connection string the server under test should use.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"quiz_{Guid.NewGuid():N}";
        await using var command = admin!.CreateCommand($"CREATE DATABASE \"{name}\"");
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (root.Length == 0)
        {
            return;
        }

        if (admin is not null)
        {
            await admin.DisposeAsync();
            admin = null;
        }

        // Pooled connections of the servers under test would only meet a stopped server.
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await tools.TryRunAsync("pg_ctl", "stop", "-D", DataFolder, "-m", "immediate", "-w");
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        root = "";
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
    }.ConnectionString;

    // pg_ctl -w polls the server until it reports ready and fails fast if it exits. A port free when chosen may be
    // taken before the server binds it, so a bind failure tries another port.
    private async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            var (exitCode, output) = await tools.TryRunAsync("pg_ctl", "start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {Port}");
            if (exitCode == 0)
            {
                return;
            }

            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "";
            if (attempt == StartAttempts || !log.Contains("could not bind", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"PostgreSQL {tools.Version} did not start:\n{output}\n{log}");
            }
        }
    }

    // The ready report comes from the server itself; this confirms that a client really gets in over loopback,
    // retrying briefly in case the listener lags behind the report.
    private async Task WaitUntilAcceptingAsync()
    {
        var deadline = DateTime.UtcNow + ConnectTimeout;
        while (true)
        {
            try
            {
                await using var connection = await admin!.OpenConnectionAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One PostgreSQL server for every test that needs one: starting a cluster costs more than a database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
