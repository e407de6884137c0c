using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// The server as an operator runs it, in a process of its own over a SQLite file, so a test can end it the way a
/// power cut or the kernel's OOM killer does: SIGKILL, no shutdown hooks, no flush, then start it again over the
/// same file.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminEmail = "crash-admin@school.example";
    public const string AdminPassword = "a crash test administrator password";

    private readonly Process process;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(string databaseFile)
    {
        var port = FreePort();
        var server = Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AleppoQuiz.Server.dll"), "--contentRoot", server])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__AleppoQuiz"] = $"Data Source={databaseFile}";
        start.Environment["QuestionBank__Path"] = RepositoryPaths.QuestionBank;
        start.Environment["Administrator__Email"] = AdminEmail;
        start.Environment["Administrator__Password"] = AdminPassword;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        // Read its output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await running.WaitUntilReadyAsync();
        return running;
    }

    /// <summary>SIGKILL: the process gets no chance to finish a write or run a shutdown hook.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    // Polled: a process outside the test has no signal to await but its answer on /readyz.
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync("readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The server did not report ready within two minutes.");
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
            await KillAsync();
        }

        process.Dispose();
    }
}
