using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>The key's position on screen carries no information, and every screen shows the same order.</summary>
public sealed class OptionOrderTests
{
    // Authored the way authors tend to write: the key first.
    private static readonly GameQuiz Quiz = QuizOf(
        Single("single", correct: 0),
        Multi("multi", correct: [0, 1], options: 5),
        TrueFalse("true-false", answerIsTrue: true),
        Single("pinned", correct: 0, options: 3) with { KeepOrder = true });

    private static readonly long[] Seeds = [.. Enumerable.Range(1, 600).Select(i => (long)i * 7919)];

    // Chi-square critical values at p = 0.001 for 1, 3 and 4 degrees of freedom.
    private static readonly Dictionary<int, double> Critical = new() { [2] = 10.83, [4] = 16.27, [5] = 18.47 };

    [Fact]
    public void Over_many_games_the_key_is_equally_likely_at_every_position()
    {
        var counts = Quiz.Questions.Take(3).ToDictionary(q => q.Id, q => new int[q.OptionCount]);
        foreach (var seed in Seeds)
        {
            var orders = PlayThrough(seed);
            foreach (var question in Quiz.Questions.Take(3))
            {
                counts[question.Id][Array.IndexOf(orders[question.Id], question.CorrectOptionIds[0])]++;
            }
        }

        foreach (var (id, positions) in counts)
        {
            var expected = Seeds.Length / (double)positions.Length;
            var chiSquare = positions.Sum(observed => (observed - expected) * (observed - expected) / expected);
            Assert.True(chiSquare < Critical[positions.Length], $"{id}: key positions {string.Join("/", positions)} (chi-square {chiSquare:F1})");
        }
    }

    [Fact]
    public void A_pinned_question_is_always_shown_in_authored_order()
    {
        foreach (var seed in Seeds.Take(50))
        {
            Assert.Equal([0, 1, 2], PlayThrough(seed)["pinned"]);
        }
    }

    [Fact]
    public void Replay_reproduces_every_order_and_another_seed_draws_others()
    {
        var first = PlayThrough(11);
        var again = PlayThrough(11);
        Assert.Equal(first, again);

        var others = Seeds.Take(20).Select(PlayThrough).ToArray();
        Assert.Contains(others, o => !o["single"].SequenceEqual(first["single"]));
    }

    [Fact]
    public void A_game_restored_from_its_log_at_each_question_shows_the_order_the_class_saw()
    {
        var kit = new GameTestKit(Quiz, seed: 5);
        kit.JoinPlayers(2);
        for (var index = 0; index < Quiz.Questions.Count; index++)
        {
            kit.StartAndOpenAnswering();
            var restored = GameReplay.Restore(Quiz, kit.Settings, new FakeTimeProvider(kit.Clock.GetUtcNow()), new SeededRandomSource(kit.Seed), kit.Game.CommandLog.Entries);

            Assert.Equal(kit.Game.GetQuestionView()!.Options, restored.GetQuestionView()!.Options);
            kit.RunOutTheClock();
            kit.Game.Next();
        }
    }

    [Fact]
    public void The_reveal_lists_options_in_the_order_every_screen_showed()
    {
        var kit = new GameTestKit(Quiz, seed: 3);
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        var shown = kit.Game.GetQuestionView()!.Options;
        kit.AnswerNow(1, shown[0].Id);

        kit.RunOutTheClock();

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal(shown.Select(o => (o.Id, o.Text)), reveal.Distribution.Select(d => (d.Id, d.Text)));
        Assert.Equal(1, reveal.Distribution[0].Count);
    }

    /// <summary>The option ids in displayed order, per question, for one game played to the end.</summary>
    private static Dictionary<string, int[]> PlayThrough(long seed)
    {
        var kit = new GameTestKit(Quiz, seed: seed);
        kit.JoinPlayers(1);
        var orders = new Dictionary<string, int[]>();
        foreach (var question in Quiz.Questions)
        {
            kit.StartAndOpenAnswering();
            orders[question.Id] = [.. kit.Game.GetQuestionView()!.Options.Select(o => o.Id)];
            kit.RunOutTheClock();
            kit.Game.Next();
        }

        return orders;
    }
}
