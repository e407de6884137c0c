using System.Text.RegularExpressions;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Architecture;

/// <summary>The server's own C# files, read line by line, for rules the compiler cannot check.</summary>
internal static class ServerSource
{
    public static string Root => Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server");

    /// <summary>Every source file, by its path under the server project with forward slashes.</summary>
    public static IEnumerable<(string Path, string[] Lines)> Files() =>
        Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllLines(Path.Combine(Root, path))));

    /// <summary>"file:line: text" for each line the pattern finds, comments left out.</summary>
    public static IEnumerable<string> Offences(string path, string[] lines, Regex pattern) =>
        lines
            .Select((text, index) => (Text: text, Number: index + 1))
            .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(line.Text))
            .Select(line => $"{path}:{line.Number}: {line.Text.Trim()}");
}
