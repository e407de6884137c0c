using System.CommandLine;
using AleppoQuiz.Cli.Articles;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Cli.Tests.Articles;

/// <summary>
/// <c>import-articles</c> run through its command-line parser into a temporary folder: it writes the five articles
/// exactly as committed, a second run changes nothing, and bad input is reported with a failing exit code.
/// </summary>
public sealed class ImportArticlesCommandTests : IDisposable
{
    private static readonly string[] Ids = ["afp", "voa", "bbc", "nbc", "rferl"];

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("aleppoquiz-import-");

    private static string CommittedArticles => Path.Combine(RepositoryPaths.QuestionBank, "articles");

    private static string Manifest => Path.Combine(CommittedArticles, "sources.yaml");

    private string OutDir => Path.Combine(temp.FullName, "articles");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void Writes_the_five_articles_exactly_as_committed()
    {
        var (exit, output, error) = Run("--from", RepositoryPaths.SeedArticles, "--manifest", Manifest, "--out", OutDir);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(Ids.Select(id => id + ".txt").Order(), Directory.GetFiles(OutDir).Select(Path.GetFileName).Order());
        Assert.All(Ids, id =>
        {
            Assert.Equal(File.ReadAllText(Path.Combine(CommittedArticles, id + ".txt")), File.ReadAllText(Path.Combine(OutDir, id + ".txt")));
            Assert.Contains($"{id}.txt", output, StringComparison.Ordinal);
        });
        Assert.Contains("5 articles: 5 written, 0 unchanged", output, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_files_the_manifest_does_not_list_are_named_and_left_alone()
    {
        var raw = Directory.CreateDirectory(Path.Combine(temp.FullName, "raw")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.SeedArticles, "*.txt"))
        {
            File.Copy(file, Path.Combine(raw, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(raw, "teacher-upload.txt"), "A story nobody has listed yet.");

        var (exit, output, _) = Run("--from", raw, "--manifest", Manifest, "--out", OutDir);

        Assert.Equal(0, exit);
        Assert.Contains("skipped   teacher-upload.txt (not in the manifest)", output, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(OutDir).Length);
    }

    [Fact]
    public void Running_again_leaves_every_file_as_it_was()
    {
        var args = new[] { "--from", RepositoryPaths.SeedArticles, "--manifest", Manifest, "--out", OutDir };
        Assert.Equal(0, Run(args).Exit);
        var first = Ids.ToDictionary(id => id, id => File.ReadAllBytes(Path.Combine(OutDir, id + ".txt")));
        var written = Ids.ToDictionary(id => id, id => File.GetLastWriteTimeUtc(Path.Combine(OutDir, id + ".txt")));

        var (exit, output, _) = Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("5 articles: 0 written, 5 unchanged", output, StringComparison.Ordinal);
        Assert.All(Ids, id =>
        {
            Assert.Equal(first[id], File.ReadAllBytes(Path.Combine(OutDir, id + ".txt")));
            Assert.Equal(written[id], File.GetLastWriteTimeUtc(Path.Combine(OutDir, id + ".txt")));
        });
    }

    [Fact]
    public void A_manifest_that_contradicts_a_raw_file_fails_and_writes_nothing()
    {
        var manifest = Path.Combine(temp.FullName, "sources.yaml");
        File.WriteAllText(manifest, File.ReadAllText(Manifest).Replace(
            "title: Civilians Still Trapped as Aleppo Evacuation Stalls", "title: Some other headline", StringComparison.Ordinal));

        var (exit, _, error) = Run("--from", RepositoryPaths.SeedArticles, "--manifest", manifest, "--out", OutDir);

        Assert.Equal(1, exit);
        Assert.Contains("nbc", error, StringComparison.Ordinal);
        Assert.Contains("Civilians Still Trapped as Aleppo Evacuation Stalls", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Fact]
    public void A_missing_manifest_is_reported()
    {
        var (exit, _, error) = Run("--from", RepositoryPaths.SeedArticles, "--manifest", Path.Combine(temp.FullName, "none.yaml"), "--out", OutDir);

        Assert.Equal(2, exit);
        Assert.Contains("none.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_three_options_are_required() =>
        Assert.NotEqual(0, Run("--from", RepositoryPaths.SeedArticles, "--out", OutDir).Exit);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ImportArticlesCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
