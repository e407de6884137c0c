using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.QuestionBank;

/// <summary>
/// The bank's authored option order must not give the answer away when a quiz is exported or played without
/// shuffling: a class that learns "it's always the first one" stops reading the evidence.
/// </summary>
public class BankKeyPositionTests
{
    private static readonly Question[] Questions = QuestionBankLoader.Load(RepositoryPaths.QuestionBank)
        .Quizzes.SelectMany(q => q.Questions).ToArray();

    [Fact]
    public void Every_position_holds_between_15_and_35_percent_of_the_single_choice_keys()
    {
        var singles = Questions.Where(q => q.Type == QuestionType.Single).ToArray();
        var positions = singles.Select(q => q.CorrectOptionIndexes.Single()).ToArray();
        var widest = singles.Max(q => q.Options.Count);

        for (var position = 0; position < widest; position++)
        {
            var share = positions.Count(p => p == position) / (double)positions.Length;
            Assert.True(share is >= 0.15 and <= 0.35, $"position {position + 1} holds {share:P0} of {positions.Length} single-choice keys");
        }
    }

    [Fact]
    public void Between_40_and_60_percent_of_the_true_false_keys_are_true()
    {
        var keys = Questions.Where(q => q.Type == QuestionType.TrueFalse)
            .Select(q => q.Options.Single(o => o.Correct).Text.Trim().Equals("True", StringComparison.OrdinalIgnoreCase))
            .ToArray();

        var share = keys.Count(isTrue => isTrue) / (double)keys.Length;

        Assert.True(share is >= 0.40 and <= 0.60, $"{share:P0} of {keys.Length} true/false keys are true");
    }

    [Fact]
    public void No_multi_select_question_lists_its_keys_as_the_first_options()
    {
        var leading = Questions.Where(q => q.Type == QuestionType.Multi)
            .Where(q => q.CorrectOptionIndexes.SequenceEqual(Enumerable.Range(0, q.CorrectOptionIndexes.Count)))
            .Select(q => q.Id)
            .ToArray();

        Assert.Empty(leading);
    }

    [Fact]
    public void The_bank_has_at_least_90_questions_and_five_that_are_typed_answers_or_polls()
    {
        Assert.True(Questions.Length >= 90, $"{Questions.Length} questions");
        Assert.True(Questions.Count(q => q.Type is QuestionType.TypeAnswer or QuestionType.Poll) >= 5);
    }
}
