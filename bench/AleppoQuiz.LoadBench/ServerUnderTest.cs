using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// The server as an operator runs it: its own process, a fresh SQLite database, the question bank, an administrator
/// account the host signs in with. Measured from outside through /proc, as a load test on another machine would.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    public const string HostEmail = "bench-host@school.example";
    public const string HostPassword = "load benchmark host password";

    private readonly Process process;
    private readonly string dataDirectory;

    private ServerUnderTest(Process process, string dataDirectory, Uri baseAddress)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ServerUnderTest> StartAsync(LoadOptions options)
    {
        var port = FreePort();
        var dataDirectory = Directory.CreateTempSubdirectory("aleppoquiz-load-").FullName;
        var start = new ProcessStartInfo("dotnet", [options.ServerAssembly])
        {
            WorkingDirectory = Path.GetDirectoryName(options.ServerAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__AleppoQuiz"] = $"Data Source={Path.Combine(dataDirectory, "load.db")}";
        start.Environment["QuestionBank__Path"] = options.QuestionBank;
        start.Environment["Administrator__Email"] = HostEmail;
        start.Environment["Administrator__Password"] = HostPassword;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        // Drain its output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) Console.Error.WriteLine($"server: {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerUnderTest(process, dataDirectory, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public ResourceSample Sample() => ResourceSample.Of(process.Id);

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server did not report healthy within 90 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
