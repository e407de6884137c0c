using System.Diagnostics;
using System.Globalization;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// The PostgreSQL server programs from the distribution package. PostgreSQL refuses to run a cluster as root, so
/// when the tests run as root every program runs as the package's <c>postgres</c> system user instead.
/// </summary>
internal sealed class PostgresTools
{
    public const string PackageRoot = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string binFolder;
    private readonly bool asServiceUser;

    private PostgresTools(string binFolder, bool asServiceUser) => (this.binFolder, this.asServiceUser) = (binFolder, asServiceUser);

    public string Version => Path.GetFileName(Path.GetDirectoryName(binFolder)!);

    /// <summary>
    /// The newest installed major version: the package installs under its version number, which differs from one
    /// Debian release to the next, so the folder is looked up rather than named.
    /// </summary>
    public static PostgresTools Find(string packageRoot = PackageRoot)
    {
        var bin = (Directory.Exists(packageRoot) ? Directory.GetDirectories(packageRoot) : [])
            .Select(folder => (Bin: Path.Combine(folder, "bin"), Version: int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(c => c.Version > 0 && File.Exists(Path.Combine(c.Bin, "initdb")) && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Bin)
            .FirstOrDefault();
        return bin is null
            ? throw new InvalidOperationException(
                $"The PostgreSQL tests need the PostgreSQL server programs (initdb, pg_ctl) under {packageRoot}/<version>/bin, " +
                "and none were found. Install the test prerequisites with: sudo bash .ci/install-prerequisites.sh")
            : new PostgresTools(bin, Environment.IsPrivilegedProcess);
    }

    /// <summary>Hands a folder to the user the server runs as, so initdb can write into it.</summary>
    public async Task GiveFolderAsync(string folder)
    {
        if (asServiceUser)
        {
            await RunCheckedAsync(Start(new ProcessStartInfo("chown", ["-R", $"{ServiceUser}:{ServiceUser}", folder])), "chown");
        }
    }

    /// <summary>Runs a server program and fails with its output when it does not succeed.</summary>
    public async Task RunAsync(string program, params string[] arguments) =>
        await RunCheckedAsync(Start(Program(program, arguments)), program);

    public async Task<(int ExitCode, string Output)> TryRunAsync(string program, params string[] arguments)
    {
        using var process = Start(Program(program, arguments));
        return await WaitAsync(process);
    }

    private ProcessStartInfo Program(string program, string[] arguments)
    {
        var path = Path.Combine(binFolder, program);
        return asServiceUser
            ? new ProcessStartInfo("runuser", ["-u", ServiceUser, "--", path, .. arguments])
            : new ProcessStartInfo(path, arguments);
    }

    private static Process Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
    }

    private static async Task RunCheckedAsync(Process process, string program)
    {
        using (process)
        {
            var (exitCode, output) = await WaitAsync(process);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"{program} failed with exit code {exitCode}:\n{output}");
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> WaitAsync(Process process)
    {
        // pg_ctl sends the server's own output to a log file, so these pipes close as soon as the program exits.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output + await error).Trim());
    }
}
