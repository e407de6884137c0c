using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AleppoQuiz.Testing;

/// <summary>
/// The server as an operator runs it: a process of its own, configured through environment variables, reached over
/// loopback once it reports ready. It can be ended the way a power cut or the kernel's OOM killer ends it: SIGKILL,
/// no shutdown hooks, no flush. Shared by the tests that kill it and the load benchmark that measures it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <param name="serverAssembly">The server's AleppoQuiz.Server.dll, built or published.</param>
    /// <param name="contentRoot">Where appsettings.json and wwwroot are; null for the assembly's own folder.</param>
    /// <param name="settings">Configuration as environment variables (<c>Section__Key</c>).</param>
    /// <param name="errors">Receives the server's standard error, line by line.</param>
    public static async Task<ServerProcess> StartAsync(
        string serverAssembly, string? contentRoot, IReadOnlyDictionary<string, string> settings, Action<string>? errors = null)
    {
        var port = FreePort();
        var arguments = new List<string> { serverAssembly };
        if (contentRoot is not null)
        {
            arguments.AddRange(["--contentRoot", contentRoot]);
        }

        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = Path.GetDirectoryName(serverAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        // Read its output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) errors?.Invoke(line.Data); };
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

    // Polled: a process outside this one has no signal to await but its answer on /readyz.
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
