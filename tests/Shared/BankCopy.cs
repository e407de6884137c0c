using System.Text.RegularExpressions;

namespace AleppoQuiz.Testing;

/// <summary>
/// A throwaway copy of the question bank in a temporary folder, for tests that break a file on purpose
/// without touching the real one.
/// </summary>
internal sealed partial class BankCopy : IDisposable
{
    public BankCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aleppoquiz-bank-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.QuestionBank, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepositoryPaths.QuestionBank, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string QuizzesFolder => System.IO.Path.Combine(Path, "quizzes");

    /// <summary>
    /// Changes one word of the first evidence quote in the first quiz file, the way a careless edit would,
    /// and says which file and which word.
    /// </summary>
    public (string File, string Original, string Replacement) MisquoteOneWord()
    {
        var file = Directory.EnumerateFiles(QuizzesFolder, "*.yaml").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("quote:", StringComparison.Ordinal));
        var word = LongWord().Matches(lines[index]).Last().Value;
        var replacement = new string(word.Reverse().ToArray()) + "x";
        lines[index] = ReplaceLast(lines[index], word, replacement);
        File.WriteAllLines(file, lines);
        return (System.IO.Path.GetFileName(file), word, replacement);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static string ReplaceLast(string text, string word, string replacement)
    {
        var at = text.LastIndexOf(word, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + word.Length));
    }

    [GeneratedRegex(@"\b[A-Za-z]{5,}\b")]
    private static partial Regex LongWord();
}
