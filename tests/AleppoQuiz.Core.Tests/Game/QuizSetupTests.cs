using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class QuizSetupTests
{
    [Fact]
    public void A_playable_quiz_has_no_problems() =>
        Assert.Empty(GameQuizValidator.Validate(QuizOf(Single("a"), Multi("b", [0, 1]), TrueFalse("c", true), Order("d", [1, 0, 2]))));

    [Theory]
    [MemberData(nameof(BrokenQuestions))]
    public void Broken_quizzes_cannot_start_a_game(GameQuestion question)
    {
        Assert.Single(GameQuizValidator.Validate(QuizOf(question)));
        Assert.Throws<ArgumentException>(() =>
            GameSession.Create(QuizOf(question), GameSettings.Default, new FakeTimeProvider(GameTestKit.Start), new SeededRandomSource(1)));
    }

    public static TheoryData<GameQuestion> BrokenQuestions() =>
    [
        Single("one-option", options: 1),
        Single("bad-correct", correct: 4),
        Single("no-time", seconds: 0),
        Single("negative-points", multiplier: -1m),
        Single("none-correct") with { CorrectOptionIds = [] },
        Order("order-incomplete", [0, 1]) with { Options = ["a", "b", "c"] },
        TrueFalse("true-false-two-correct", true) with { CorrectOptionIds = [0, 1] },
        Multi("duplicate-correct", [1, 1]),
    ];

    [Fact]
    public void An_empty_quiz_or_repeated_question_ids_are_refused()
    {
        Assert.NotEmpty(GameQuizValidator.Validate(QuizOf()));
        Assert.NotEmpty(GameQuizValidator.Validate(QuizOf(Single("same"), Single("same"))));
    }

    [Fact]
    public void The_seeded_random_source_is_stable_and_in_range()
    {
        var first = new SeededRandomSource(2026);
        var second = new SeededRandomSource(2026);
        var draws = Enumerable.Range(0, 1000).Select(_ => first.NextInt(7)).ToArray();
        Assert.Equal(draws, Enumerable.Range(0, 1000).Select(_ => second.NextInt(7)));
        Assert.All(draws, d => Assert.InRange(d, 0, 6));
        Assert.Equal(7, draws.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => first.NextInt(0));
    }
}
