namespace AleppoQuiz.Contract;

/// <summary>
/// Rewrites ClientApp/src/contract/*.ts from the server. Usage: AleppoQuiz.Contract [folder inside the checkout]
/// (the current folder by default).
/// </summary>
internal static class Generate
{
    public static async Task<int> Main(string[] args)
    {
        var repository = RepositoryLayout.Above(args.Length > 0 ? args[0] : Directory.GetCurrentDirectory());
        var files = await ContractFiles.GenerateAsync(repository);
        var changed = ContractFiles.WriteChanged(repository, files);
        Console.WriteLine(changed.Count == 0
            ? "The front-end contract is up to date."
            : $"Rewrote {string.Join(", ", changed.Select(p => Path.GetRelativePath(repository.Root, p)))}.");
        return 0;
    }
}
