using AleppoQuiz.Testing;

namespace AleppoQuiz.Contract.Tests;

/// <summary>
/// The committed front-end contract is what the server declares today, so the front end's type check (which runs
/// against the committed files) speaks for the real server.
/// </summary>
public sealed class ContractFilesTests(ContractFilesTests.Generated generated) : IClassFixture<ContractFilesTests.Generated>
{
    private static readonly RepositoryLayout Repository = new(RepositoryPaths.Root);

    [Fact]
    public async Task Committed_contract_files_match_what_the_server_declares()
    {
        Assert.Equal([ContractFiles.Http, ContractFiles.Hub], generated.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in generated.Files)
        {
            var committed = await File.ReadAllTextAsync(Path.Combine(Repository.ContractFolder, name));
            Assert.True(
                committed == text,
                $"{name} differs from the server's contract at line {FirstDifferentLine(committed, text)}: build src/AleppoQuiz.Contract (its build rewrites the files) and commit them.");
        }
    }

    [Fact]
    public void A_joining_player_is_told_the_game_id_as_a_string_that_is_always_there()
    {
        var hub = generated.Files[ContractFiles.Hub];

        Assert.Contains("  gameId: string;\n", Declaration(hub, "export interface Joined {"), StringComparison.Ordinal);
        Assert.Contains("  Join: { args: [pin: string, nickname: string | null, playerToken: string | null]; result: Joined };", hub, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editor_is_told_the_shape_of_a_question_check()
    {
        var findings = Declaration(generated.Files[ContractFiles.Http], "export interface QuestionFindings {");

        Assert.Contains("  evidence: EvidenceDetail[];\n", findings, StringComparison.Ordinal);
    }

    private static string Declaration(string file, string opening)
    {
        var start = file.IndexOf(opening, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The contract has no {opening}");
        return file[start..(file.IndexOf("\n}\n", start, StringComparison.Ordinal) + 3)];
    }

    private static int FirstDifferentLine(string left, string right)
    {
        var a = left.Split('\n');
        var b = right.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return line + 1;
    }

    /// <summary>The contract generated once for the class: each generation starts the server.</summary>
    public sealed class Generated : IAsyncLifetime
    {
        public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

        public async Task InitializeAsync() => Files = await ContractFiles.GenerateAsync(Repository);

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
