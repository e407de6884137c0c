using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class OrderQuestionTests
{
    private static readonly int[] Sequence = [3, 1, 4, 0, 2];

    [Fact]
    public void Order_options_are_shuffled_never_shown_solved_and_the_same_for_a_seed()
    {
        var orders = new List<int[]>();
        for (var seed = 0; seed < 30; seed++)
        {
            var kit = new GameTestKit(QuizOf(Order("o", Sequence)), seed: seed);
            kit.JoinPlayers(1);
            kit.Game.Start();
            var shown = kit.Game.GetQuestionView()!.Options.Select(o => o.Id).ToArray();
            Assert.Equal([0, 1, 2, 3, 4], shown.Order());
            Assert.NotEqual(Sequence, shown);
            orders.Add(shown);
        }

        Assert.True(orders.Select(o => string.Join(",", o)).Distinct().Count() > 5, "seeds should give different orders");
        var again = new GameTestKit(QuizOf(Order("o", Sequence)), seed: 7);
        again.JoinPlayers(1);
        again.Game.Start();
        Assert.Equal(orders[7], again.Game.GetQuestionView()!.Options.Select(o => o.Id));
    }

    [Fact]
    public void A_two_option_order_question_is_never_shown_in_the_correct_order()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var kit = new GameTestKit(QuizOf(Order("o", [0, 1])), seed: seed);
            kit.JoinPlayers(1);
            kit.Game.Start();
            Assert.Equal([1, 0], kit.Game.GetQuestionView()!.Options.Select(o => o.Id));
        }
    }

    [Fact]
    public void Only_the_exact_sequence_earns_points_and_the_reveal_counts_correct_placements()
    {
        var kit = new GameTestKit(QuizOf(Order("o", Sequence, seconds: 30)));
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 400, Sequence);
        kit.AnswerAt(2, 15_000, 3, 1, 4, 2, 0);
        kit.AnswerAt(3, 16_000, 1, 3, 4, 0, 2);

        Assert.Equal([1000, 0, 0], new[] { kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3) });
        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal(Sequence, reveal.CorrectOptionIds);
        var placedCorrectly = reveal.Distribution.ToDictionary(t => t.Id, t => t.Count);

        // Option 3 first: players 1, 2. Option 1 second: 1, 2. Option 4 third: all. Option 0 fourth: 1, 3. Option 2 last: 1, 3.
        Assert.Equal(new Dictionary<int, int> { [3] = 2, [1] = 2, [4] = 3, [0] = 2, [2] = 2 }, placedCorrectly);
        Assert.Equal(1, reveal.FullyCorrectCount);
    }
}
