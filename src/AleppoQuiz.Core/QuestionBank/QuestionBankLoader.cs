using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Loads <c>question-bank/</c>: the cleaned articles, then every quiz, checking each question and resolving its
/// evidence to spans. All problems are collected so that one run reports everything that needs fixing.
/// </summary>
public static class QuestionBankLoader
{
    public const string ArticlesFolder = "articles";
    public const string QuizzesFolder = "quizzes";

    /// <summary>
    /// Whether the bank's key positions are checked (see <see cref="KeyPositionRule"/>) as errors, per file and over
    /// the whole bank. The built-in bank keeps to it; imported files always get it as a warning.
    /// </summary>
    public const bool BankKeyPositionsChecked = true;

    public static BankLoadResult Load(string bankDirectory) => Load(bankDirectory, BankKeyPositionsChecked);

    public static BankLoadResult Load(string bankDirectory, bool checkKeyPositions)
    {
        var problems = new List<BankProblem>();
        var articles = LoadArticles(Path.Combine(bankDirectory, ArticlesFolder), problems);
        var quizzes = new List<Quiz>();
        var questionFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var quizFiles = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var path in QuizFiles(bankDirectory))
        {
            var file = Path.GetRelativePath(bankDirectory, path);
            Quiz quiz;
            try
            {
                quiz = QuizFileFormat.Parse(File.ReadAllText(path));
            }
            catch (QuizFormatException ex)
            {
                problems.Add(new BankProblem(file, ex.QuestionId, ex.Message));
                continue;
            }

            if (!quizFiles.TryAdd(quiz.Id, file))
            {
                problems.Add(new BankProblem(file, null, $"quiz id '{quiz.Id}' is also used by {quizFiles[quiz.Id]}"));
            }

            quizzes.Add(quiz with { Questions = quiz.Questions.Select(q => Check(q, file, articles, questionFiles, problems)).ToArray() });
            if (checkKeyPositions)
            {
                problems.AddRange(KeyPositionRule.Check(quiz.Questions).Select(reason => new BankProblem(file, null, reason)));
            }
        }

        if (checkKeyPositions)
        {
            problems.AddRange(KeyPositionRule.Check(quizzes.SelectMany(q => q.Questions))
                .Select(reason => new BankProblem(QuizzesFolder, null, $"over the whole bank, {reason}")));
        }

        return new BankLoadResult(articles, quizzes, problems);
    }

    public static IEnumerable<string> QuizFiles(string bankDirectory)
    {
        var folder = Path.Combine(bankDirectory, QuizzesFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            : [];
    }

    private static Question Check(
        Question question,
        string file,
        IReadOnlyDictionary<string, ArticleDocument> articles,
        Dictionary<string, string> questionFiles,
        List<BankProblem> problems)
    {
        if (!questionFiles.TryAdd(question.Id, file))
        {
            problems.Add(new BankProblem(file, question.Id, $"question id is also used in {questionFiles[question.Id]}"));
        }

        var check = QuestionValidator.Check(question, articles);
        problems.AddRange(check.Problems.Select(reason => new BankProblem(file, question.Id, reason)));
        return check.Question;
    }

    private static Dictionary<string, ArticleDocument> LoadArticles(string folder, List<BankProblem> problems)
    {
        var articles = new Dictionary<string, ArticleDocument>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            problems.Add(new BankProblem(ArticlesFolder, null, "the articles folder is missing"));
            return articles;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(ArticlesFolder, Path.GetFileName(path));
            try
            {
                var article = ArticleDocumentFormat.Parse(File.ReadAllText(path));
                if (!articles.TryAdd(article.Id, article))
                {
                    problems.Add(new BankProblem(file, null, $"article id '{article.Id}' is used twice"));
                }
            }
            catch (Exception ex) when (ex is FormatException or YamlDotNet.Core.YamlException)
            {
                problems.Add(new BankProblem(file, null, ex.Message));
            }
        }

        return articles;
    }
}

public sealed record BankProblem(string File, string? QuestionId, string Reason)
{
    public override string ToString() => QuestionId is null ? $"{File}: {Reason}" : $"{File}: {QuestionId}: {Reason}";
}

public sealed record BankLoadResult(
    IReadOnlyDictionary<string, ArticleDocument> Articles,
    IReadOnlyList<Quiz> Quizzes,
    IReadOnlyList<BankProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
