using System.Diagnostics;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Runs the readers other people wrote: Node scripts under tests/exchange-readers (gift-pegjs, js-yaml, exceljs,
/// installed once with <c>npm ci</c> from the committed lock file) and libxml2's <c>xmllint</c>.
/// </summary>
internal static class ExternalTools
{
    public static string ReadersFolder => Path.Combine(RepositoryPaths.Root, "tests", "exchange-readers");

    public static string Schemas => Path.Combine(RepositoryPaths.Shared, "exchange-schemas");

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (!Directory.Exists(Path.Combine(ReadersFolder, "node_modules")))
        {
            var (exit, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], ReadersFolder, TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, "npm ci in tests/exchange-readers failed:\n" + output);
        }

        return true;
    });

    public static (int Exit, string Output) Node(string script, params string[] arguments)
    {
        _ = Installed.Value;
        return Run("node", [Path.Combine(ReadersFolder, script), .. arguments], ReadersFolder, TimeSpan.FromMinutes(2));
    }

    public static (int Exit, string Output) XmlLint(params string[] arguments) =>
        Run("xmllint", arguments, RepositoryPaths.Root, TimeSpan.FromMinutes(2));

    public static (int Exit, string Output) Run(string program, IEnumerable<string> arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran longer than {timeout}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
