namespace AleppoQuiz.Contract;

/// <summary>The generated front-end contract: file name (inside contract/) and its text.</summary>
internal static class ContractFiles
{
    public const string Http = "http.ts";
    public const string Hub = "hub.ts";

    public static async Task<IReadOnlyDictionary<string, string>> GenerateAsync(RepositoryLayout repository)
    {
        using var server = new InProcessServer(repository);
        var openApi = await server.OpenApiDocumentAsync();
        return new Dictionary<string, string>
        {
            [Http] = OpenApiTypeScript.Write(openApi),
            [Hub] = HubTypeScript.Write(typeof(Program).Assembly, server.HubJson),
        };
    }

    /// <summary>Writes each file whose text changed, so an unchanged contract does not make the front end rebuild.</summary>
    public static IReadOnlyList<string> WriteChanged(RepositoryLayout repository, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(repository.ContractFolder);
        var changed = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(repository.ContractFolder, name);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                File.WriteAllText(path, text);
                changed.Add(path);
            }
        }

        return changed;
    }
}
