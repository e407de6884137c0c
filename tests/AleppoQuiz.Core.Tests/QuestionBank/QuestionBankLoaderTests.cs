using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.QuestionBank;

public class QuestionBankLoaderTests
{
    private static readonly BankLoadResult Bank = QuestionBankLoader.Load(RepositoryPaths.QuestionBank);

    [Fact]
    public void The_built_in_bank_has_no_problems()
    {
        Assert.True(Bank.IsValid, string.Join(Environment.NewLine, Bank.Problems));
    }

    [Fact]
    public void The_built_in_bank_covers_the_five_outlets_six_skills_and_every_question_type()
    {
        var questions = Bank.Quizzes.SelectMany(q => q.Questions).ToArray();

        Assert.Equal(["afp", "bbc", "nbc", "rferl", "voa"], Bank.Articles.Keys.Order(StringComparer.Ordinal));
        Assert.True(Bank.Quizzes.Count >= 3, $"{Bank.Quizzes.Count} quizzes");
        Assert.True(questions.Length >= 40, $"{questions.Length} questions");
        Assert.True(questions.Select(q => q.Skill).Distinct().Count() >= 6);
        Assert.Equal(Enum.GetValues<QuestionType>().Order(), questions.Select(q => q.Type).Distinct().Order());
    }

    [Fact]
    public void Every_evidence_span_points_at_its_quote_in_the_cleaned_article()
    {
        foreach (var evidence in Bank.Quizzes.SelectMany(q => q.Questions).SelectMany(q => q.Evidence))
        {
            var text = Bank.Articles[evidence.ArticleId].Text;
            Assert.Equal(evidence.Quote, text[evidence.Start..evidence.End]);
        }
    }

    [Fact]
    public void A_copy_with_one_misquoted_word_is_reported_by_file_question_and_quote()
    {
        using var copy = new BankCopy();
        var (file, _, replacement) = copy.MisquoteOneWord();

        var result = QuestionBankLoader.Load(copy.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(Path.Combine("quizzes", file), problem.File);
        Assert.NotNull(problem.QuestionId);
        Assert.Contains(replacement, problem.Reason, StringComparison.Ordinal);
        Assert.Contains("not found verbatim", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_id_used_twice_is_reported()
    {
        using var copy = new BankCopy();
        var first = Directory.EnumerateFiles(copy.QuizzesFolder).Order(StringComparer.Ordinal).First();
        File.Copy(first, Path.Combine(copy.QuizzesFolder, "zz-copy.yaml"));

        var result = QuestionBankLoader.Load(copy.Path);

        Assert.Contains(result.Problems, p => p.Reason.Contains("is also used", StringComparison.Ordinal));
    }
}
