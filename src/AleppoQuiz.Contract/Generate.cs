namespace AleppoQuiz.Contract;

/// <summary>
/// Rewrites ClientApp/src/contract/*.ts from the server. Usage: AleppoQuiz.Contract [folder inside the checkout]
/// [--fail-on-change]. With --fail-on-change (as the build runs it) a rewrite exits 1: the server's bundle was just
/// type-checked against the old files, so the build must run again, and the new files belong in the commit.
/// </summary>
internal static class Generate
{
    public static async Task<int> Main(string[] args)
    {
        var failOnChange = args.Contains("--fail-on-change");
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Directory.GetCurrentDirectory();
        var repository = RepositoryLayout.Above(folder);
        var files = await ContractFiles.GenerateAsync(repository);
        var changed = ContractFiles.WriteChanged(repository, files);
        if (changed.Count == 0)
        {
            Console.WriteLine("The front-end contract is up to date.");
            return 0;
        }

        var names = string.Join(", ", changed.Select(p => Path.GetRelativePath(repository.Root, p)));
        if (!failOnChange)
        {
            Console.WriteLine($"Rewrote {names}.");
            return 0;
        }

        // MSBuild's canonical error format, so the build names the cause instead of an exit code.
        Console.WriteLine($"AleppoQuiz.Contract : error AQC1: The server's contract changed, so {names} were rewritten: build again to type-check the front end against them, and commit them.");
        return 1;
    }
}
