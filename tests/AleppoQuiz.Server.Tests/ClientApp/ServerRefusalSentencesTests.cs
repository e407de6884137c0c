using System.Text.RegularExpressions;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.ClientApp;

/// <summary>
/// Pages show a refusal in the reader's language by its code, so every code the server refuses with, over HTTP or
/// the hub, has a sentence in each catalogue; otherwise an Arabic page could only fall back to a sentence about
/// the HTTP status.
/// </summary>
public sealed partial class ServerRefusalSentencesTests
{
    [Fact]
    public void Every_refusal_code_the_server_writes_has_a_sentence_in_each_language()
    {
        var english = InterfaceCatalogue.Load("en");
        var arabic = InterfaceCatalogue.Load("ar");
        var source = Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server");
        var codes = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => WrittenCode().Matches(File.ReadAllText(file)).Select(match => match.Groups["code"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        var missing = codes.Where(code => !english.Entries.ContainsKey($"refusal.{code}") || !arabic.Entries.ContainsKey($"refusal.{code}")).ToArray();

        Assert.Contains("quiz-read-only", codes);
        Assert.True(missing.Length == 0, $"No sentence in both languages for: {string.Join(", ", missing)}");
    }

    // A refusal made with its kind and a literal code: new Refusal(RefusalKind.X, "code", ...) and the like.
    [GeneratedRegex(@"RefusalKind\.\w+,\s*""(?<code>[a-z][a-z0-9-]*)""")]
    private static partial Regex WrittenCode();
}
