using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class StreakAndCreditTests
{
    [Fact]
    public void Consecutive_correct_answers_build_a_capped_streak_that_a_wrong_answer_resets()
    {
        var kit = new GameTestKit(QuizOf([.. Enumerable.Range(1, 9).Select(i => Single($"q{i}"))]));
        kit.JoinPlayers(1);
        var bonuses = new List<int>();
        for (var question = 0; question < 9; question++)
        {
            if (question > 0)
            {
                kit.Game.Next();
            }

            kit.StartAndOpenAnswering();
            kit.AnswerAt(1, 100, question == 7 ? 1 : 0);
            bonuses.Add(kit.Game.GetPlayerResult(1)!.StreakBonus);
        }

        Assert.Equal([0, 100, 200, 300, 400, 500, 500, 0, 0], bonuses);
        Assert.Equal((8 * 1000) + 2000, kit.ScoreOf(1));
        Assert.Equal(1, kit.Game.GetPlayerResult(1)!.Streak);
    }

    [Fact]
    public void Not_answering_resets_the_streak_but_a_skipped_question_does_not()
    {
        var kit = new GameTestKit(QuizOf(Single("a"), Single("b"), Single("c"), Single("d")));
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.AnswerAt(2, 100, 0);

        // Skipped: player 1 answered in time and keeps building, player 2 had no chance and keeps their streak.
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        Assert.True(kit.Game.Skip().IsAccepted);
        Assert.Equal((2, 1), (kit.Game.GetPlayerResult(1)!.Streak, kit.Game.GetPlayerResult(2)!.Streak));

        // Runs out: the silent player loses their streak.
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.RunOutTheClock();
        Assert.Equal((3, 0), (kit.Game.GetPlayerResult(1)!.Streak, kit.Game.GetPlayerResult(2)!.Streak));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, 1000, true)]
    [InlineData(new[] { 2, 0 }, 667, false)]
    [InlineData(new[] { 0 }, 333, false)]
    [InlineData(new[] { 0, 1, 3 }, 333, false)]
    [InlineData(new[] { 0, 3 }, 0, false)]
    [InlineData(new[] { 0, 1, 2, 3 }, 667, false)]
    [InlineData(new[] { 3 }, 0, false)]
    public void Multi_select_credit_is_right_picks_minus_wrong_picks_over_the_correct_count(int[] picks, int points, bool correct)
    {
        var kit = new GameTestKit(QuizOf(Multi("m", correct: [0, 1, 2], options: 4)));
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        Assert.True(kit.AnswerAt(1, 200, picks).IsAccepted);

        var result = kit.Game.GetPlayerResult(1)!;
        Assert.Equal((points, correct), (result.Points, result.Correct));
    }

    [Fact]
    public void A_single_question_may_accept_several_options_as_correct()
    {
        var kit = new GameTestKit(QuizOf(Single("s") with { CorrectOptionIds = [1, 3] }));
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 3);
        kit.AnswerAt(2, 100, 1);
        Assert.Equal((1000, 1000), (kit.ScoreOf(1), kit.ScoreOf(2)));
    }
}
