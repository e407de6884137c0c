using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.QuestionBank;

public class KeyPositionRuleTests
{
    private static Question Single(int n, int key, bool keepOrder = false) => new()
    {
        Id = $"s-{n}",
        Type = QuestionType.Single,
        Skill = "numbers-disagree",
        Difficulty = Difficulty.Easy,
        TimeLimitSeconds = 20,
        Prompt = $"Question {n}?",
        Options = [.. Enumerable.Range(0, 4).Select(i => new QuestionOption($"Option {i}", i == key))],
        Explanation = "Because.",
        Evidence = [],
        KeepOrder = keepOrder,
    };

    private static Question TrueFalse(int n, bool answer) => Single(n, 0) with
    {
        Id = $"tf-{n}",
        Type = QuestionType.TrueFalse,
        Options = [new("True", answer), new("False", !answer)],
    };

    [Fact]
    public void Keys_spread_over_the_positions_pass()
    {
        var questions = Enumerable.Range(0, 12).Select(n => Single(n, n % 4))
            .Concat(Enumerable.Range(0, 6).Select(n => TrueFalse(n, n % 2 == 0)));

        Assert.Empty(KeyPositionRule.Check(questions));
    }

    [Fact]
    public void Keys_always_first_are_reported_with_the_tally()
    {
        var finding = Assert.Single(KeyPositionRule.Check(Enumerable.Range(0, 12).Select(n => Single(n, 0))));

        Assert.Contains("A 12, B 0, C 0, D 0 of 12", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void True_false_keys_all_true_are_reported()
    {
        var finding = Assert.Single(KeyPositionRule.Check(Enumerable.Range(0, 6).Select(n => TrueFalse(n, true))));

        Assert.Contains("6 of 6 true/false", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_questions_are_not_counted()
    {
        var questions = Enumerable.Range(0, 8).Select(n => Single(n, n % 4))
            .Concat(Enumerable.Range(8, 6).Select(n => Single(n, 0, keepOrder: true)));

        Assert.Empty(KeyPositionRule.Check(questions));
    }

    [Fact]
    public void A_short_quiz_is_held_only_to_what_its_size_allows()
    {
        Assert.Empty(KeyPositionRule.Check([Single(0, 1), Single(1, 3), Single(2, 0), Single(3, 2), Single(4, 1)]));
        Assert.NotEmpty(KeyPositionRule.Check([Single(0, 0), Single(1, 0), Single(2, 0), Single(3, 0), Single(4, 0)]));
    }

    [Fact]
    public void The_bank_loader_reports_a_quiz_file_that_breaks_the_rule_as_an_error()
    {
        using var copy = new BankCopy();
        foreach (var file in Directory.EnumerateFiles(copy.QuizzesFolder))
        {
            File.Delete(file);
        }

        var quiz = new Quiz { Id = "keys-first", Title = "Keys first", Questions = [.. Enumerable.Range(0, 10).Select(n => Single(n, 0))] };
        File.WriteAllText(Path.Combine(copy.QuizzesFolder, "keys-first.yaml"), QuizFileFormat.Write(quiz));

        var result = QuestionBankLoader.Load(copy.Path, checkKeyPositions: true);

        var perFile = Assert.Single(result.Problems, p => p.File == Path.Combine("quizzes", "keys-first.yaml") && p.Reason.Contains("single-choice keys", StringComparison.Ordinal));
        Assert.Null(perFile.QuestionId);
        Assert.Contains(result.Problems, p => p.Reason.StartsWith("over the whole bank", StringComparison.Ordinal));
        Assert.DoesNotContain(QuestionBankLoader.Load(copy.Path, checkKeyPositions: false).Problems, p => p.Reason.Contains("keys", StringComparison.Ordinal));
    }
}
