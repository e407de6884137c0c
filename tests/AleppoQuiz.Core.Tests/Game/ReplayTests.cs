using System.Text.Json;
using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>A game rebuilt from its stored command log is the same game.</summary>
public sealed class ReplayTests
{
    private static readonly GameQuiz Quiz = QuizOf(
        Single("s", correct: 2),
        Order("o", [2, 0, 3, 1]),
        Multi("m", correct: [1, 3]),
        TrueFalse("t", answerIsTrue: false));

    [Fact]
    public void Replaying_a_stored_log_reproduces_the_game_exactly()
    {
        var original = PlayEventfulGame();
        var restored = Restore(original, RoundTripThroughJson(original.Game.CommandLog.Entries));

        AssertSameState(original.Game.Snapshot(), restored.Snapshot());
        Assert.Equal(original.Game.GetLeaderboard(10), restored.GetLeaderboard(10), new LeaderboardComparer());
        Assert.Equal(original.Game.GetPodium().Top, restored.GetPodium().Top);
        Assert.Equal(original.Game.CommandLog.Entries.Select(e => (e.Sequence, e.At)), restored.CommandLog.Entries.Select(e => (e.Sequence, e.At)));
        Assert.Empty(restored.DrainEvents());
    }

    [Fact]
    public void A_game_restored_mid_question_carries_on_exactly_like_the_original()
    {
        var original = new GameTestKit(Quiz);
        original.JoinPlayers(3);
        original.StartAndOpenAnswering();
        original.AnswerAt(1, 1_200, 2);
        original.Game.Pause();
        original.Clock.Advance(TimeSpan.FromSeconds(8));
        original.Game.Resume();

        // The "crash": rebuild from the log, then both games see the same further commands at the same times.
        var clock = new FakeTimeProvider(original.Clock.GetUtcNow());
        var restored = GameReplay.Restore(Quiz, original.Settings, clock, new SeededRandomSource(original.Seed), original.Game.CommandLog.Entries);
        foreach (var game in new[] { original.Game, restored })
        {
            var time = game == restored ? clock : original.Clock;
            time.Advance(TimeSpan.FromSeconds(3));
            game.SubmitAnswer(Token(2), 0, [2]);
            time.Advance(TimeSpan.FromSeconds(30));
            game.Tick();
            game.Next();
            game.Next();
            time.Advance(TimeSpan.FromSeconds(6));
            game.Tick();
            game.SubmitAnswer(Token(3), 1, [2, 0, 3, 1]);
        }

        AssertSameState(original.Game.Snapshot(), restored.Snapshot());
        Assert.Equal(original.Game.GetQuestionView()!.Options, restored.GetQuestionView()!.Options);
        Assert.Equal(original.Game.GetPlayerResults().Select(r => (r.PlayerId, r.TotalScore, r.Rank)), restored.GetPlayerResults().Select(r => (r.PlayerId, r.TotalScore, r.Rank)));
    }

    [Fact]
    public void A_log_with_a_gap_or_from_a_different_quiz_is_rejected()
    {
        var original = PlayEventfulGame();
        var entries = original.Game.CommandLog.Entries;
        Assert.Throws<InvalidOperationException>(() => Restore(original, entries.Where(e => e.Sequence != 3)));

        // The same log against a quiz whose first question has fewer options refuses an answer.
        var otherQuiz = QuizOf([Single("s", correct: 0, options: 2), .. Quiz.Questions.Skip(1)]);
        Assert.Throws<InvalidOperationException>(() =>
            GameReplay.Restore(otherQuiz, original.Settings, new FakeTimeProvider(GameTestKit.Start), new SeededRandomSource(original.Seed), entries));
    }

    [Fact]
    public void Only_accepted_commands_are_logged_and_timer_transitions_are_not()
    {
        var kit = new GameTestKit(Quiz);
        kit.JoinPlayers(1);
        kit.Game.Join(Token(2), "Player 1");
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 9);
        kit.AnswerAt(1, 200, 2);

        Assert.Equal(["JoinCommand", "StartCommand", "SubmitAnswerCommand"], kit.Game.CommandLog.Entries.Select(e => e.Command.GetType().Name));
        Assert.Equal(2, kit.Game.CommandLog.Since(1).Count);
        Assert.Equal(kit.Clock.GetUtcNow(), kit.Game.CommandLog.Entries[^1].At);
    }

    private static GameTestKit PlayEventfulGame()
    {
        var kit = new GameTestKit(Quiz);
        var ids = kit.JoinPlayers(5);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 300, 2);
        kit.AnswerAt(2, 2_500, 2);
        kit.AnswerAt(3, 4_000, 1);
        kit.Game.Leave(Token(4));
        kit.RunOutTheClock();
        kit.Game.Next();

        kit.StartAndOpenAnswering();
        kit.Game.Join(Token(4), "Player 4");
        kit.Game.Kick(ids[4]);
        kit.AnswerAt(4, 1_000, 2, 0, 3, 1);
        kit.Clock.Advance(TimeSpan.FromMilliseconds(500));
        kit.Game.Pause();
        kit.Clock.Advance(TimeSpan.FromSeconds(40));
        kit.Game.Resume();
        kit.Clock.Advance(TimeSpan.FromMilliseconds(2_000));
        kit.AnswerNow(1, 0, 2, 3, 1);
        kit.Game.Join(Token(6), "Latecomer");
        kit.Clock.Advance(TimeSpan.FromMilliseconds(1_000));
        kit.AnswerNow(2, 2, 0, 3, 1);
        kit.Game.Skip();
        kit.Game.Next();

        kit.StartAndOpenAnswering();
        kit.AnswerAt(6, 700, 1, 3);
        kit.AnswerAt(1, 800, 1);
        kit.RunOutTheClock();
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.AnswerAt(3, 5_000, 1);
        kit.RunOutTheClock();
        kit.Game.Next();
        kit.Game.Next();
        Assert.Equal(GamePhase.Podium, kit.Game.Phase);
        return kit;
    }

    private static GameSession Restore(GameTestKit original, IEnumerable<LoggedCommand> log) =>
        GameReplay.Restore(Quiz, original.Settings, new FakeTimeProvider(original.Clock.GetUtcNow()), new SeededRandomSource(original.Seed), log);

    /// <summary>What the persistence layer does: store the log as JSON and read it back.</summary>
    private static List<LoggedCommand> RoundTripThroughJson(IReadOnlyList<LoggedCommand> entries)
    {
        var json = JsonSerializer.Serialize(entries);
        Assert.Contains("\"type\":\"answer\"", json, StringComparison.Ordinal);
        return JsonSerializer.Deserialize<List<LoggedCommand>>(json)!;
    }

    private sealed class LeaderboardComparer : IEqualityComparer<LeaderboardView>
    {
        public bool Equals(LeaderboardView? x, LeaderboardView? y) =>
            x is not null && y is not null && x with { Top = [] } == y with { Top = [] } && x.Top.SequenceEqual(y.Top);

        public int GetHashCode(LeaderboardView obj) => obj.PlayerCount;
    }
}
