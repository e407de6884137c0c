using AleppoQuiz.Testing;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// The server as an operator runs it: its own process, a fresh SQLite database, the question bank, an administrator
/// account the host signs in with. Measured from outside through /proc, as a load test on another machine would.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    public const string HostEmail = "bench-host@school.example";
    public const string HostPassword = "load benchmark host password";

    private readonly ServerProcess process;
    private readonly string dataDirectory;

    private ServerUnderTest(ServerProcess process, string dataDirectory)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
    }

    public Uri BaseAddress => process.Address;

    public static async Task<ServerUnderTest> StartAsync(LoadOptions options)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aleppoquiz-load-").FullName;
        var process = await ServerProcess.StartAsync(options.ServerAssembly, contentRoot: null, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__AleppoQuiz"] = $"Data Source={Path.Combine(dataDirectory, "load.db")}",
            ["QuestionBank__Path"] = options.QuestionBank,
            ["Administrator__Email"] = HostEmail,
            ["Administrator__Password"] = HostPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            // Every simulated phone comes from one of a few loopback addresses, where a real school's come from many
            // (or from one address behind a school proxy the operator names as trusted): the per-address join limit
            // that stops a flood from one device would refuse the class.
            ["Live__JoinsPerMinutePerAddress"] = "1000000",
        }, line => Console.Error.WriteLine($"server: {line}"));
        return new ServerUnderTest(process, dataDirectory);
    }

    public ResourceSample Sample() => ResourceSample.Of(process.ProcessId);

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
