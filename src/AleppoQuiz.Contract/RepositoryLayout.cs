namespace AleppoQuiz.Contract;

/// <summary>Where the generator reads from and writes to, all inside one checkout of the repository.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string ServerProject => Path.Combine(Root, "src", "AleppoQuiz.Server");

    public string QuestionBank => Path.Combine(Root, "question-bank");

    /// <summary>The front end's generated contract: never edited by hand, rewritten by every build of this project.</summary>
    public string ContractFolder => Path.Combine(ServerProject, "ClientApp", "src", "contract");

    /// <summary>The checkout holding <paramref name="start"/>: the nearest folder above it with AleppoQuiz.sln.</summary>
    public static RepositoryLayout Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AleppoQuiz.sln")))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        throw new InvalidOperationException($"No AleppoQuiz.sln in {start} or any folder above it.");
    }
}
