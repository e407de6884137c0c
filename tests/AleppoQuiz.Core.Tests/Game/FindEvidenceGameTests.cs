using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>A find-the-evidence question played through the engine: shape, scoring, heat map and replay.</summary>
public sealed class FindEvidenceGameTests
{
    // AFP's words, 24 of them in two sentences; the evidence is "Russia, ... said" up to "complete".
    private static readonly string[] Words =
        ("Russia, which helped to broker the evacuation deal with Turkey, said its operation was now \"complete\" " +
         "Ankara and a Syrian military source said the evacuation had been suspended.").Split(' ');

    private static readonly int[] Evidence = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    public static GameQuestion Passage(string id = "fe", int seconds = 40) => new()
    {
        Id = id,
        Kind = QuestionKind.FindEvidence,
        Prompt = "Who says the evacuation is complete? Tap the words that tell you.",
        Options = Words,
        CorrectOptionIds = Evidence,
        TimeLimit = TimeSpan.FromSeconds(seconds),
        Passage = new QuestionPassage("AFP", "Aleppo evacuation suspended", [0], [0, 16]),
    };

    [Fact]
    public void Players_see_the_words_in_reading_order_with_the_passage_layout_and_no_evidence()
    {
        for (var seed = 0; seed < 5; seed++)
        {
            var kit = new GameTestKit(QuizOf(Passage()), seed: seed);
            kit.JoinPlayers(1);
            kit.Game.Start();
            var view = kit.Game.GetQuestionView()!;
            Assert.Equal(Words, view.Options.Select(o => o.Text));
            Assert.Equal(Enumerable.Range(0, Words.Length), view.Options.Select(o => o.Id));
            Assert.Equal("AFP", view.Passage!.Outlet);
            Assert.Equal([0, 16], view.Passage.SentenceStarts);
        }
    }

    [Fact]
    public void A_selection_that_skips_words_is_refused_with_its_own_code_and_the_player_may_try_again()
    {
        var kit = new GameTestKit(QuizOf(Passage()));
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();

        var gap = kit.AnswerAt(1, 1_000, 0, 1, 3);
        Assert.Equal(RefusalCodes.SelectionNotOneRun, gap.Refusal!.Code);
        Assert.Equal(RefusalKind.Invalid, gap.Refusal.Kind);
        Assert.Equal(RefusalCodes.InvalidOption, kit.AnswerNow(1, 0, 99).Refusal!.Code);
        Assert.Equal(RefusalCodes.InvalidOption, kit.AnswerNow(1).Refusal!.Code);
        Assert.True(kit.AnswerNow(1, 2, 1, 0).IsAccepted);
    }

    [Fact]
    public void Found_partly_found_and_missed_selections_score_and_tally_as_documented()
    {
        var kit = new GameTestKit(QuizOf(Passage(seconds: 40)));
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 400, Evidence);                   // found, fastest: 1000
        kit.AnswerAt(2, 400, [0, 1, 2, 3]);               // 4 of 16 evidence words: credit 1/4, 250
        kit.AnswerAt(3, 20_000, [17, 18, 19, 20, 21]);    // the other sentence: 0

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal(QuestionCloseReason.AllAnswered, reveal.CloseReason);
        Assert.Equal([1000, 250, 0], new[] { kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3) });
        Assert.Equal(Evidence, reveal.CorrectOptionIds);
        Assert.Equal((1, 1, 1), (reveal.FoundCount, reveal.PartlyFoundCount, reveal.FullyCorrectCount));

        // The heat map: how many selections covered each word, in reading order.
        var heat = reveal.Distribution.Select(t => t.Count).ToArray();
        Assert.Equal([2, 2, 2, 2, 1], heat[..5]);
        Assert.Equal([0, 1, 1, 1, 1, 1, 0], heat[16..23]);
        Assert.All(reveal.Distribution, t => Assert.Equal(Evidence.Contains(t.Id), t.IsCorrect));

        var results = kit.Game.GetPlayerResults().ToDictionary(r => r.Nickname);
        Assert.Equal((true, 1m), (results["Player 1"].Correct, results["Player 1"].Credit));
        Assert.Equal((false, 0.25m), (results["Player 2"].Correct, results["Player 2"].Credit));
        Assert.Equal((false, 0m), (results["Player 3"].Correct, results["Player 3"].Credit));
    }

    [Fact]
    public void Only_a_found_selection_keeps_a_streak_going()
    {
        var kit = new GameTestKit(QuizOf(Passage("a"), Passage("b")));
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 400, Evidence);
        kit.AnswerAt(2, 400, Evidence);
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 400, [2, 3, 4, 5, 6, 7, 8, 9, 10]);   // 9 of 16: found
        kit.AnswerAt(2, 400, [2, 3, 4, 5, 6, 7, 8]);          // 7 of 16: partly

        var results = kit.Game.GetPlayerResults().ToDictionary(r => r.Nickname);
        Assert.Equal((2, 1100), (results["Player 1"].Streak, results["Player 1"].Points));
        Assert.Equal(0, results["Player 2"].Streak);
        Assert.Equal(438, results["Player 2"].Points);        // 1000 × 7/16 = 437.5, rounded up
    }

    [Fact]
    public void A_passage_may_hold_far_more_words_than_a_question_has_options_but_its_evidence_must_be_one_run()
    {
        Assert.Empty(GameQuizValidator.Validate(QuizOf(Passage())));
        Assert.Contains(GameQuizValidator.Validate(QuizOf(Passage() with { CorrectOptionIds = [1, 2, 4] })),
            p => p.Contains("one unbroken run", StringComparison.Ordinal));
        Assert.Contains(GameQuizValidator.Validate(QuizOf(Passage() with { Passage = null })),
            p => p.Contains("passage", StringComparison.Ordinal));
        Assert.Contains(GameQuizValidator.Validate(QuizOf(Passage() with { CorrectOptionIds = [.. Enumerable.Range(0, Words.Length)] })),
            p => p.Contains("whole passage", StringComparison.Ordinal));
        Assert.Contains(GameQuizValidator.Validate(QuizOf(Single("s") with { Passage = Passage().Passage })),
            p => p.Contains("only a find-the-evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_game_with_find_the_evidence_rebuilt_from_its_log_matches_the_original()
    {
        var quiz = QuizOf(Single("s", correct: 1), Passage("fe"), Multi("m", correct: [0, 2]));
        var original = new GameTestKit(quiz, seed: 11);
        original.JoinPlayers(3);
        original.StartAndOpenAnswering();
        original.AnswerAt(1, 900, 1);
        original.RunOutTheClock();
        original.Game.Next();
        original.StartAndOpenAnswering();
        original.AnswerAt(2, 1_500, [5, 4, 3, 2, 1, 0]);
        original.AnswerAt(3, 2_500, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
        original.AnswerAt(1, 3_000, Evidence);

        var clock = new FakeTimeProvider(original.Clock.GetUtcNow());
        var restored = GameReplay.Restore(quiz, original.Settings, clock, new SeededRandomSource(original.Seed), original.Game.CommandLog.Entries);

        AssertSameState(original.Game.Snapshot(), restored.Snapshot());
        var (before, after) = (original.Game.GetRevealView()!, restored.GetRevealView()!);
        Assert.Equal(before.Distribution, after.Distribution);
        Assert.Equal((before.FoundCount, before.PartlyFoundCount), (after.FoundCount, after.PartlyFoundCount));
        Assert.Equal(
            original.Game.GetPlayerResults().Select(r => (r.PlayerId, r.Points, r.Credit)),
            restored.GetPlayerResults().Select(r => (r.PlayerId, r.Points, r.Credit)));
    }
}
