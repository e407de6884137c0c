using System.CommandLine;
using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Cli.Articles;

/// <summary>
/// <c>import-articles</c>: cleans the raw stories a manifest lists and writes one article file per story.
/// Running it again over the same input leaves every file byte for byte as it was (and says so), so the committed
/// articles can always be regenerated and compared.
/// </summary>
internal static class ImportArticlesCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from")
        {
            Description = "Folder holding the raw story files (.txt) named in the manifest.",
            Required = true,
        };
        var manifest = new Option<FileInfo>("--manifest")
        {
            Description = "The source manifest (sources.yaml): raw file name, id, outlet, credit, date, title.",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write <id>.txt article files to (created if missing).",
            Required = true,
        };

        var command = new Command("import-articles", "Clean raw news stories into question-bank article files.")
        {
            from,
            manifest,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(from),
            parse.GetRequiredValue(manifest),
            parse.GetRequiredValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 when every article was written or already up to date, 1 when the import failed, 2 when an input is missing.</returns>
    internal static int Run(DirectoryInfo from, FileInfo manifest, DirectoryInfo output, TextWriter stdout, TextWriter stderr)
    {
        if (!from.Exists)
        {
            stderr.WriteLine($"error: the raw folder '{from.FullName}' does not exist");
            return 2;
        }

        if (!manifest.Exists)
        {
            stderr.WriteLine($"error: the manifest '{manifest.FullName}' does not exist");
            return 2;
        }

        IReadOnlyList<ArticleDocument> articles;
        SourceManifest sources;
        try
        {
            sources = SourceManifest.Load(manifest.FullName);
            articles = new ArticleImporter().ImportFolder(sources, from.FullName);
        }
        catch (Exception e) when (e is FormatException or ArticleImportException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        output.Create();
        var written = 0;
        foreach (var article in articles)
        {
            var path = Path.Combine(output.FullName, article.Id + ".txt");
            var content = ArticleDocumentFormat.Write(article);
            var unchanged = File.Exists(path) && string.Equals(File.ReadAllText(path), content, StringComparison.Ordinal);
            if (!unchanged)
            {
                File.WriteAllText(path, content);
                written++;
            }

            var paragraphs = article.Text.Split("\n\n").Length;
            stdout.WriteLine(
                $"{(unchanged ? "unchanged" : "wrote    ")} {Display(path)}  " +
                $"({article.OriginalFile} → {article.Outlet}, credit {article.WireCredit}, {article.Date:yyyy-MM-dd}, " +
                $"{paragraphs} paragraphs, {article.TitleSource} title \"{article.Title}\")");
        }

        foreach (var stray in UnlistedRawFiles(from, sources))
        {
            stdout.WriteLine($"skipped   {stray} (not in the manifest)");
        }

        stdout.WriteLine($"{articles.Count} articles: {written} written, {articles.Count - written} unchanged");
        return 0;
    }

    private static IEnumerable<string> UnlistedRawFiles(DirectoryInfo from, SourceManifest sources)
    {
        var listed = sources.Entries.Select(entry => entry.FileName).ToHashSet(StringComparer.Ordinal);
        return from.EnumerateFiles("*.txt")
            .Select(file => file.Name)
            .Where(name => !listed.Contains(name))
            .Order(StringComparer.Ordinal);
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
