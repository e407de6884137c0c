using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>
/// Standings as players see them while others keep joining: a newcomer's rank, and everyone else's, must be what
/// a full ordering by score, credited time and join order gives, however many joined since the last reveal.
/// </summary>
public sealed class PlayerRankingTests
{
    [Fact]
    public void Players_in_the_lobby_stand_in_join_order_and_close_ranks_when_one_is_kicked()
    {
        var kit = new GameTestKit(QuizOf(Single("q1")));
        var ids = kit.JoinPlayers(4);
        Assert.Equal([1, 2, 3, 4], Enumerable.Range(1, 4).Select(n => kit.Game.GetStanding(Token(n))!.Rank));

        kit.Game.Kick(ids[1]);
        kit.Game.Join(Token(5), "Player 5");
        Assert.Equal([1, 2, 3, 4], new[] { 1, 3, 4, 5 }.Select(n => kit.Game.GetStanding(Token(n))!.Rank));
        Assert.Equal([1, 3, 4, 5], kit.Game.GetLeaderboard().Top.Select(e => e.PlayerId));
    }

    [Fact]
    public void Late_joiners_stand_after_players_without_credited_time_and_before_those_with_it()
    {
        // The second question is worth no points, so a right answer to it adds credited time but no score: a
        // newcomer, with no time at all, ranks above those players and below the ones who scored or took no time.
        var kit = new GameTestKit(QuizOf(Single("scored"), Single("free", multiplier: 0m)));
        kit.JoinPlayers(4);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.RunOutTheClock();
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.AnswerAt(3, 100, 0);
        kit.AnswerAt(2, 300, 0);
        kit.AnswerAt(4, 400, 1);
        kit.RunOutTheClock();

        kit.Game.Join(Token(5), "Player 5");
        kit.Game.Join(Token(6), "Player 6");

        int[] expected = [1, 4, 5, 6, 3, 2];
        Assert.Equal(expected.Select((_, i) => i + 1), expected.Select(n => kit.Game.GetStanding(Token(n))!.Rank));
        Assert.Equal(3, kit.Game.GetPlayerResult(Token(5))!.Rank);
        Assert.Equal(6, kit.Game.GetPlayerResult(Token(2))!.Rank);
        Assert.Equal(expected, kit.Game.GetLeaderboard(top: 10).Top.Select(e => e.PlayerId));

        // Joining again after the leaderboard was read, and after a kick, still lands in the same place.
        kit.Game.Join(Token(7), "Player 7");
        kit.Game.Kick(kit.Game.FindPlayer(Token(4))!.PlayerId);
        kit.Game.Join(Token(8), "Player 8");
        int[] afterKick = [1, 5, 6, 7, 8, 3, 2];
        Assert.Equal(afterKick.Select((_, i) => i + 1), afterKick.Select(n => kit.Game.GetStanding(Token(n))!.Rank));
        Assert.Equal(afterKick, kit.Game.GetLeaderboard(top: 10).Top.Select(e => e.PlayerId));
    }

    [Fact]
    public void A_game_replayed_from_its_log_has_the_same_standings_after_late_joins()
    {
        var kit = new GameTestKit(QuizOf(Single("q1"), Single("q2")));
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(2, 100, 0);
        kit.AnswerAt(3, 200, 0);
        kit.RunOutTheClock();

        // The original places the newcomer into standings it already has; the replay sorts everyone afresh.
        Assert.Equal([2, 3, 1], kit.Game.GetLeaderboard().Top.Select(e => e.PlayerId));
        kit.Game.Join(Token(4), "Player 4");

        var restored = GameReplay.Restore(kit.Game.Quiz, kit.Settings, kit.Clock, new SeededRandomSource(kit.Seed), kit.Game.CommandLog.Entries);

        AssertSameState(kit.Game.Snapshot(), restored.Snapshot());
        Assert.Equal([3, 1, 2, 4], kit.Game.Snapshot().Players.Select(p => p.Rank));
    }
}
