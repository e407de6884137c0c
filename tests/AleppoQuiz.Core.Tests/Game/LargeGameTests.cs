using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>
/// Ten thousand players through a question. Work is measured with the engine's own counters, never the clock:
/// answers must cost nothing per player, closing one pass, and ranking one sort.
/// </summary>
public sealed class LargeGameTests
{
    private const int Players = 10_000;

    [Fact]
    public void Ten_thousand_players_complete_a_question_with_linear_work()
    {
        var kit = new GameTestKit(QuizOf(Single("big", correct: 0, seconds: 20), Single("next")));
        kit.JoinPlayers(Players);
        kit.StartAndOpenAnswering();
        kit.Game.DrainEvents();
        kit.Game.Work.Reset();

        // Everyone but the last answers, one millisecond apart; even players pick the right option.
        for (var n = 1; n < Players; n++)
        {
            Assert.True(kit.AnswerAt(n, n, n % 2 == 0 ? 0 : 1).IsAccepted);
        }

        Assert.Equal(0, kit.Game.Work.PlayerVisits);
        Assert.Equal(0, kit.Game.Work.RankComparisons);
        Assert.Equal(new AnswerProgress(0, Players - 1, Players), kit.Game.GetProgress());

        // The last answer closes the question: exactly one pass over the players.
        kit.AnswerAt(Players, Players, 0);
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
        Assert.Equal(Players, kit.Game.Work.PlayerVisits);

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal([Players / 2, Players / 2, 0, 0], reveal.Distribution.OrderBy(t => t.Id).Select(t => t.Count));
        Assert.Equal(QuestionCloseReason.AllAnswered, reveal.CloseReason);

        // Results for everyone and the leaderboard share one sort: at most n·log2(n) comparisons, roughly.
        var results = kit.Game.GetPlayerResults().ToList();
        var leaderboard = kit.Game.GetLeaderboard();
        var podium = kit.Game.GetPodium();
        Assert.Equal(Players, results.Count);
        Assert.Equal(Enumerable.Range(1, Players), results.Select(r => r.Rank).Order());
        Assert.True(kit.Game.Work.RankComparisons <= 2 * Players * Math.Log2(Players), $"{kit.Game.Work.RankComparisons} comparisons");
        Assert.Equal(2 * Players, kit.Game.Work.PlayerVisits);

        // Player 2 answered correctly at 2 ms, inside the full-points window and before anyone else right.
        Assert.Equal(new LeaderboardEntry(1, 2, "Player 2", 1000, 1), leaderboard.Top[0]);
        Assert.Equal(Players, leaderboard.PlayerCount);
        Assert.Equal([2, 4, 6], podium.Top.Select(e => e.PlayerId));

        var events = kit.Game.DrainEvents();
        Assert.Equal(Players, events.Count(e => e is AnswerReceived));
        Assert.Single(events, e => e is QuestionRevealed);
    }

    [Fact]
    public void Ten_thousand_players_join_and_see_their_standing_without_any_sorting()
    {
        var kit = new GameTestKit(QuizOf(Single("big")));
        for (var n = 1; n <= Players; n++)
        {
            kit.Game.Join(Token(n), $"Player {n}");
            Assert.Equal(n, kit.Game.GetStanding(Token(n))!.Rank);
        }

        Assert.Equal(0, kit.Game.Work.RankComparisons);
        Assert.Equal(0, kit.Game.Work.PlayerVisits);
    }

    [Fact]
    public void Late_joiners_after_a_reveal_each_cost_a_binary_search_not_a_sort()
    {
        var kit = new GameTestKit(QuizOf(Single("big"), Single("next")));
        kit.JoinPlayers(Players);
        kit.StartAndOpenAnswering();
        for (var n = 1; n <= Players; n++)
        {
            kit.AnswerAt(n, n, n % 2 == 0 ? 0 : 1);
        }

        Assert.Equal(Players, kit.Game.GetLeaderboard().PlayerCount);
        kit.Game.Work.Reset();
        for (var n = Players + 1; n <= Players + 100; n++)
        {
            kit.Game.Join(Token(n), $"Player {n}");
            Assert.Equal(n, kit.Game.GetStanding(Token(n))!.Rank);
        }

        // The newcomers' place is searched once: about log2(10,000) comparisons in all, and no pass over players.
        Assert.InRange(kit.Game.Work.RankComparisons, 1, 2 * Math.Log2(Players));
        Assert.Equal(0, kit.Game.Work.PlayerVisits);
    }
}
