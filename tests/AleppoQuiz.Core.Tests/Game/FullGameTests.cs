using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>A whole game on a fake clock, with every score worked out by hand in the comments.</summary>
public sealed class FullGameTests
{
    private static GameQuiz FourKindsQuiz() => QuizOf(
        Single("q-single", correct: 1, seconds: 20),
        Multi("q-multi", correct: [0, 2], seconds: 20),
        TrueFalse("q-truefalse", answerIsTrue: true, seconds: 10),
        Order("q-order", sequence: [2, 0, 3, 1], seconds: 30) with { PointsMultiplier = 2m });

    [Fact]
    public void Game_from_lobby_to_podium_scores_every_answer_exactly()
    {
        var kit = new GameTestKit(FourKindsQuiz());
        var game = kit.Game;
        Assert.Equal([1, 2, 3], kit.JoinPlayers(3));
        Assert.Equal(GamePhase.Lobby, game.Phase);
        Assert.Null(game.NextDeadline);

        // Q1, single, 20 s: 0.4 s is inside the full-points window; 10 s is half time: 1000 × (1 − 0.25) = 750.
        kit.StartAndOpenAnswering();
        Assert.Equal(AnswerOutcome.Accepted, kit.AnswerAt(1, 400, 1).Outcome);
        kit.AnswerAt(3, 5_000, 0);
        kit.AnswerAt(2, 10_000, 1);
        Assert.Equal(GamePhase.Reveal, game.Phase);
        Assert.Equal(QuestionCloseReason.AllAnswered, game.GetRevealView()!.CloseReason);
        Assert.Equal([1000, 750, 0], [kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3)]);
        AdvanceToNextQuestion(kit);

        // Q2, multi {0,2}: full set at 2 s = 950 + streak bonus 100; half the set at 4 s = 0.5 × 900 = 450;
        // two right and one wrong at 1 s = (2 − 1) / 2 × 975 = 487.5, rounded away from zero to 488.
        kit.AnswerAt(3, 1_000, 0, 1, 2);
        kit.AnswerAt(1, 2_000, 0, 2);
        kit.AnswerAt(2, 4_000, 0);
        Assert.Equal([2050, 1200, 488], [kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3)]);
        var multiResult = game.GetPlayerResult(2)!;
        Assert.False(multiResult.Correct);
        Assert.Equal(450, multiResult.Points);
        Assert.Equal(0, multiResult.Streak);
        AdvanceToNextQuestion(kit);

        // Q3, true/false, 10 s: exactly 0.5 s still earns full points; 7.5 s earns 1 − 7.5/20 = 625.
        // Player 1 stays silent, so the question runs to its deadline and their streak resets.
        kit.AnswerAt(2, 500, 0);
        kit.AnswerAt(3, 7_500, 0);
        Assert.Equal(GamePhase.Answering, game.Phase);
        kit.RunOutTheClock();
        Assert.Equal(QuestionCloseReason.Deadline, game.GetRevealView()!.CloseReason);
        Assert.Equal([2050, 2200, 1113], [kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3)]);
        Assert.False(game.GetPlayerResult(1)!.Answered);
        Assert.Equal(0, game.GetPlayerResult(1)!.Streak);
        AdvanceToNextQuestion(kit);

        // Q4, order, 30 s, double points: 2000 × 0.95 = 1900 at 3 s; 2000 × 0.75 = 1500 at 15 s plus a
        // doubled streak bonus of 200 (player 2's second correct in a row); a wrong sequence earns nothing.
        kit.AnswerAt(1, 3_000, 2, 0, 3, 1);
        kit.AnswerAt(2, 15_000, 2, 0, 3, 1);
        kit.AnswerAt(3, 16_000, 0, 2, 3, 1);
        Assert.Equal([3950, 3900, 1113], [kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3)]);
        var orderResult = game.GetPlayerResult(2)!;
        Assert.Equal((true, 1700, 200, 2, 2), (orderResult.Correct, orderResult.Points, orderResult.StreakBonus, orderResult.Rank, orderResult.Streak));

        Assert.True(game.Next().IsAccepted);
        Assert.Equal(GamePhase.Leaderboard, game.Phase);
        Assert.True(game.Next().IsAccepted);
        Assert.Equal(GamePhase.Podium, game.Phase);
        var podium = game.GetPodium();
        Assert.Equal(
            [new LeaderboardEntry(1, 1, "Player 1", 3950, 1), new LeaderboardEntry(2, 2, "Player 2", 3900, 2), new LeaderboardEntry(3, 3, "Player 3", 1113, 0)],
            podium.Top);
        Assert.True(game.Next().IsAccepted);
        Assert.Equal(GamePhase.Ended, game.Phase);
        Assert.IsType<GameEnded>(game.DrainEvents()[^1]);
    }

    [Fact]
    public void Events_follow_the_phases_in_order()
    {
        var kit = new GameTestKit(QuizOf(Single("only")));
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 1_000, 0);
        kit.Game.Next();
        kit.Game.Next();

        var kinds = kit.Game.DrainEvents().Select(e => e.GetType().Name);
        Assert.Equal(
            ["PlayerJoined", "QuestionPreviewStarted", "AnsweringStarted", "AnswerReceived", "QuestionRevealed", "LeaderboardShown", "PodiumShown"],
            kinds);
        Assert.Empty(kit.Game.DrainEvents());
    }

    [Fact]
    public void Reveal_carries_distribution_correct_ids_and_the_payload_untouched()
    {
        var kit = new GameTestKit(QuizOf(Single("q", correct: 2)));
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 2);
        kit.AnswerAt(2, 200, 2);
        kit.AnswerAt(3, 300, 0);

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal([1, 0, 2, 0], reveal.Distribution.OrderBy(t => t.Id).Select(t => t.Count));
        Assert.Equal([false, false, true, false], reveal.Distribution.OrderBy(t => t.Id).Select(t => t.IsCorrect));
        Assert.Equal([2], reveal.CorrectOptionIds);
        Assert.Equal("evidence for q", reveal.RevealPayload);
        Assert.Equal((3, 2), (reveal.AnsweredCount, reveal.FullyCorrectCount));
    }

    [Fact]
    public void Equal_scores_rank_by_faster_credited_answers_then_by_join_order()
    {
        var kit = new GameTestKit(QuizOf(Single("q", seconds: 20)));
        kit.JoinPlayers(4);
        kit.StartAndOpenAnswering();

        // Players 2 and 3 both answer inside the full-points window (1000 each) but 2 took longer;
        // players 1 and 4 both answer wrong with 0 points and no credited time, so join order decides.
        kit.AnswerAt(1, 100, 3);
        kit.AnswerAt(3, 200, 0);
        kit.AnswerAt(2, 450, 0);
        kit.AnswerAt(4, 500, 3);

        Assert.Equal([3, 2, 1, 4], kit.Game.GetLeaderboard().Top.Select(e => e.PlayerId));
        Assert.Equal([1, 2, 3, 4], kit.Game.GetLeaderboard().Top.Select(e => e.Rank));
    }

    private static void AdvanceToNextQuestion(GameTestKit kit)
    {
        Assert.True(kit.Game.Next().IsAccepted);
        Assert.Equal(GamePhase.Leaderboard, kit.Game.Phase);
        kit.StartAndOpenAnswering();
    }
}
