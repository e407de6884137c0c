namespace AleppoQuiz.Server.QuestionBank;

public sealed class QuestionBankOptions
{
    public const string Section = "QuestionBank";

    /// <summary>
    /// The folder holding <c>articles/</c> and <c>quizzes/</c>. When empty, the nearest <c>question-bank</c>
    /// folder above the working directory or the content root is used, which is the repository's own.
    /// </summary>
    public string? Path { get; set; }

    public string Resolve(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "question-bank");
                if (Directory.Exists(System.IO.Path.Combine(candidate, "quizzes")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            "No question-bank folder was found above the working directory; set QuestionBank:Path.");
    }
}
