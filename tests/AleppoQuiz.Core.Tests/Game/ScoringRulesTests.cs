using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class ScoringRulesTests
{
    private static readonly ScoringRules Rules = new();
    private static readonly TimeSpan Twenty = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(400, 1000)]
    [InlineData(500, 1000)]
    [InlineData(600, 985)]
    [InlineData(10_000, 750)]
    [InlineData(19_999, 500)]
    [InlineData(20_000, 500)]
    [InlineData(25_000, 500)]
    public void Correct_answer_points_fall_from_full_to_half_over_the_time_limit(int elapsedMs, int expected) =>
        Assert.Equal(expected, Rules.AnswerPoints(1m, 1m, TimeSpan.FromMilliseconds(elapsedMs), Twenty));

    [Fact]
    public void Wrong_answers_earn_nothing_however_fast() =>
        Assert.Equal(0, Rules.AnswerPoints(0m, 1m, TimeSpan.FromMilliseconds(100), Twenty));

    [Theory]
    [InlineData("2", 10_000, 1500)]
    [InlineData("0", 100, 0)]
    [InlineData("1.5", 400, 1500)]
    public void The_multiplier_scales_the_points(string multiplier, int elapsedMs, int expected) =>
        Assert.Equal(expected, Rules.AnswerPoints(1m, decimal.Parse(multiplier), TimeSpan.FromMilliseconds(elapsedMs), Twenty));

    [Fact]
    public void Partial_credit_scales_the_speed_score_and_rounds_half_away_from_zero()
    {
        // 0.5 × 1000 × (1 − 1/40) = 487.5.
        Assert.Equal(488, Rules.AnswerPoints(0.5m, 1m, TimeSpan.FromSeconds(1), Twenty));
        Assert.Equal(667, Rules.AnswerPoints(2m / 3m, 1m, TimeSpan.Zero, Twenty));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 100)]
    [InlineData(3, 200)]
    [InlineData(6, 500)]
    [InlineData(50, 500)]
    public void Streak_bonus_grows_by_a_hundred_per_consecutive_correct_answer_up_to_five_hundred(int streak, int expected) =>
        Assert.Equal(expected, Rules.StreakBonus(streak, 1m));

    [Fact]
    public void Streak_bonus_follows_the_question_multiplier()
    {
        Assert.Equal(400, Rules.StreakBonus(3, 2m));
        Assert.Equal(0, Rules.StreakBonus(3, 0m));
    }

    [Fact]
    public void Reading_time_scales_with_prompt_length_between_three_and_five_seconds()
    {
        var policy = ReadingTimePolicy.ScaledByPromptLength;
        Assert.Equal(TimeSpan.FromSeconds(3), policy.For("Short claim?"));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.For(new string('x', 90)));
        Assert.Equal(TimeSpan.FromSeconds(5), policy.For(new string('x', 400)));
        Assert.Equal(TimeSpan.FromSeconds(2), ReadingTimePolicy.Fixed(TimeSpan.FromSeconds(2)).For(new string('x', 400)));
    }
}
