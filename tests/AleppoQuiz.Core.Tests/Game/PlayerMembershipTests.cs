using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.AnswerAcceptanceTests;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>Joining, rejoining with a token, leaving, kicking and late joins.</summary>
public sealed class PlayerMembershipTests
{
    private readonly GameTestKit kit = new(QuizOf(Single("first"), Single("second"), Single("third")));

    [Fact]
    public void Rejoining_with_the_same_token_returns_the_same_player_with_score_and_streak()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.Game.Leave(Token(1));
        kit.RunOutTheClock();
        kit.Game.Next();

        var rejoin = kit.Game.Join(Token(1), "A different name");
        Assert.True(rejoin.IsRejoin);
        Assert.Equal(new PlayerSummary(1, "Player 1", IsConnected: true, Score: 1000), rejoin.Player);
        Assert.Equal(1, kit.Game.GetPlayerResult(Token(1))!.Streak);
        Assert.Equal(2, kit.Game.PlayerCount);
    }

    [Fact]
    public void Leaving_marks_the_player_disconnected_and_the_question_stops_waiting_for_them()
    {
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.AnswerAt(2, 200, 0);
        Assert.Equal(new AnswerProgress(0, 2, 3), kit.Game.GetProgress());

        Assert.True(kit.Game.Leave(Token(3)).IsAccepted);
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
        Assert.Equal(QuestionCloseReason.AllAnswered, kit.Game.GetRevealView()!.CloseReason);
        Assert.False(kit.Game.FindPlayer(Token(3))!.IsConnected);
        AssertRefused(RefusalCodes.UnknownPlayer, kit.Game.Leave("nobody"));
    }

    [Fact]
    public void A_player_who_answered_then_dropped_still_counts_in_the_progress()
    {
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.Game.Leave(Token(1));
        Assert.Equal(new AnswerProgress(0, 1, 3), kit.Game.GetProgress());

        // Coming back after answering must not make the question wait for a second answer.
        kit.Game.Join(Token(1), "Player 1");
        kit.AnswerAt(2, 300, 0);
        kit.AnswerAt(3, 400, 0);
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
    }

    [Fact]
    public void With_nobody_connected_the_question_runs_to_its_deadline()
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        kit.Game.Leave(Token(1));
        Assert.Equal(GamePhase.Answering, kit.Game.Phase);
        kit.RunOutTheClock();
        Assert.Equal(QuestionCloseReason.Deadline, kit.Game.GetRevealView()!.CloseReason);
    }

    [Fact]
    public void Kicking_removes_the_player_their_answer_and_their_token_for_good()
    {
        var ids = kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.AnswerAt(3, 200, 1);
        Assert.True(kit.Game.Kick(ids[2]).IsAccepted);

        Assert.Equal(new AnswerProgress(0, 1, 2), kit.Game.GetProgress());
        AssertRefused(RefusalCodes.Kicked, kit.Game.Join(Token(3), "Player 3"));
        AssertRefused(RefusalCodes.UnknownPlayer, kit.Game.Kick(ids[2]));

        kit.AnswerAt(2, 300, 0);
        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal([2, 0, 0, 0], reveal.Distribution.OrderBy(t => t.Id).Select(t => t.Count));
        Assert.Equal([1, 2], kit.Game.GetLeaderboard().Top.Select(e => e.PlayerId));
        Assert.Null(kit.Game.GetPlayerResult(ids[2]));
        Assert.Equal(2, kit.Game.PlayerCount);

        // The nickname is free again; a new token may take it.
        Assert.True(kit.Game.Join("fresh-token", "player 3").IsAccepted);
    }

    [Fact]
    public void Kicking_the_last_player_who_had_not_answered_closes_the_question()
    {
        var ids = kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.Game.Kick(ids[1]);
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
    }

    [Fact]
    public void Late_joiners_start_at_zero_and_may_answer_the_open_question()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);

        var late = kit.Game.Join(Token(9), "Latecomer");
        Assert.Equal((false, 0, 3), (late.IsRejoin, late.Player!.Score, late.Player.PlayerId));
        Assert.Equal(new AnswerProgress(0, 1, 3), kit.Game.GetProgress());
        kit.AnswerAt(9, 10_000, 0);
        kit.AnswerAt(2, 11_000, 1);
        Assert.Equal(750, kit.ScoreOf(9));
    }

    [Fact]
    public void A_player_joining_after_a_reveal_has_a_result_with_no_answer()
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        var late = kit.Game.Join(Token(2), "Latecomer").Player!;

        var result = kit.Game.GetPlayerResult(late.PlayerId)!;
        Assert.Equal((false, 0, 0, 2), (result.Answered, result.Points, result.TotalScore, result.Rank));
    }

    [Fact]
    public void Joins_are_closed_at_the_podium_and_when_late_joining_is_off()
    {
        kit.JoinPlayers(1);
        kit.Game.Start();
        kit.Game.Skip();
        kit.Game.Next();
        kit.Game.Next();
        kit.Game.Skip();
        kit.Game.Next();
        kit.Game.Next();
        kit.Game.Skip();
        kit.Game.Next();
        kit.Game.Next();
        Assert.Equal(GamePhase.Podium, kit.Game.Phase);
        AssertRefused(RefusalCodes.JoinClosed, kit.Game.Join(Token(5), "Too Late"));
        Assert.True(kit.Game.Join(Token(1), "Player 1").IsRejoin);
        kit.Game.End();
        AssertRefused(RefusalCodes.GameEnded, kit.Game.Join(Token(1), "Player 1"));

        var strict = new GameTestKit(kit.Game.Quiz, kit.Settings with { AllowLateJoin = false });
        strict.JoinPlayers(1);
        strict.Game.Start();
        AssertRefused(RefusalCodes.JoinClosed, strict.Game.Join(Token(2), "Player 2"));
    }

    [Fact]
    public void Joins_are_refused_for_bad_tokens_taken_names_and_a_full_game()
    {
        var small = new GameTestKit(kit.Game.Quiz, kit.Settings with { MaxPlayers = 2 });
        AssertRefused(RefusalCodes.InvalidToken, small.Game.Join("  ", "Ana"));
        AssertRefused(RefusalCodes.InvalidToken, small.Game.Join(new string('t', 300), "Ana"));
        small.Game.Join("a", "Ana");
        AssertRefused(RefusalCodes.NicknameTaken, small.Game.Join("b", " ANA "));
        AssertRefused(RefusalCodes.NicknameEmpty, small.Game.Join("b", "   "));
        small.Game.Join("b", "Ben");
        AssertRefused(RefusalCodes.GameFull, small.Game.Join("c", "Cal"));
        Assert.DoesNotContain(small.Game.CommandLog.Entries, e => e.Command is JoinCommand { PlayerToken: "c" or "  " });
    }
    [Fact]
    public void A_reconnecting_player_can_be_told_their_standing_and_whether_their_answer_arrived()
    {
        kit.JoinPlayers(2);
        Assert.Equal(new LeaderboardEntry(2, 2, "Player 2", 0, 0), kit.Game.GetStanding(Token(2)));
        kit.StartAndOpenAnswering();
        kit.AnswerAt(2, 100, 0);
        Assert.True(kit.Game.HasAnsweredOpenQuestion(Token(2)));
        Assert.False(kit.Game.HasAnsweredOpenQuestion(Token(1)));
        kit.AnswerAt(1, 200, 1);
        Assert.False(kit.Game.HasAnsweredOpenQuestion(Token(2)));
        Assert.Equal(new LeaderboardEntry(1, 2, "Player 2", 1000, 1), kit.Game.GetStanding(Token(2)));
        Assert.Null(kit.Game.GetStanding("nobody"));
    }

    [Fact]
    public void Suggested_nicknames_are_free_in_the_game_and_do_not_disturb_its_randomness()
    {
        kit.JoinPlayers(1);
        Assert.True(kit.Game.IsNicknameTaken(" PLAYER   1 "));
        var suggestion = kit.Game.SuggestNickname(new SeededRandomSource(5));
        Assert.False(kit.Game.IsNicknameTaken(suggestion));
        Assert.True(kit.Game.Join(Token(2), suggestion).IsAccepted);
    }
}
