using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class TypeAnswerAndPollTests
{
    private static readonly GameQuestion Typed = Single("typed") with
    {
        Kind = QuestionKind.TypeAnswer,
        Options = [],
        CorrectOptionIds = [],
        AcceptedAnswers = ["al-Foua", "Fuaa", "Cavusoglu"],
    };

    private static readonly GameQuestion Poll = Single("poll") with { Kind = QuestionKind.Poll, CorrectOptionIds = [] };

    [Theory]
    [InlineData("al-Foua", true)]
    [InlineData("  AL FOUA. ", true)]
    [InlineData("al-Fouà", true)]
    [InlineData("Çavuşoğlu", true)]
    [InlineData("fuaa!", true)]
    [InlineData("Foua", false)]
    [InlineData("Kefraya", false)]
    [InlineData("...", false)]
    public void Typed_answers_match_ignoring_case_diacritics_spaces_and_punctuation(string typed, bool accepted)
    {
        Assert.Equal(accepted, TypedAnswerMatcher.Matches(typed, Typed.AcceptedAnswers));
    }

    [Fact]
    public void Arabic_vowel_marks_do_not_count()
    {
        Assert.True(TypedAnswerMatcher.Matches("حَلَب", ["حلب"]));
    }

    [Fact]
    public void A_type_answer_question_plays_to_a_reveal_that_groups_what_the_class_typed()
    {
        var kit = new GameTestKit(QuizOf(Typed, Single("after")));
        kit.JoinPlayers(4);
        kit.StartAndOpenAnswering();
        var view = kit.Game.GetQuestionView()!;
        Assert.Empty(view.Options);

        Assert.Equal(AnswerOutcome.Accepted, kit.Game.SubmitTypedAnswer(Token(1), 0, "al-Foua").Outcome);
        kit.Clock.Advance(TimeSpan.FromMilliseconds(1_000));
        kit.Game.SubmitTypedAnswer(Token(2), 0, "Al Foua");
        kit.Game.SubmitTypedAnswer(Token(3), 0, "Kefraya");
        var empty = kit.Game.SubmitTypedAnswer(Token(4), 0, "   ");
        Assert.Equal(RefusalCodes.InvalidOption, empty.Refusal!.Code);
        kit.RunOutTheClock();

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal([("al-Foua", 2, true), ("Kefraya", 1, false)], reveal.TypedAnswers.Select(t => (t.Text, t.Count, t.IsAccepted)));
        Assert.Equal("al-Foua", reveal.AcceptedAnswers[0]);
        Assert.Equal(2, reveal.FullyCorrectCount);
        Assert.True(kit.ScoreOf(1) > kit.ScoreOf(2));
        Assert.True(kit.ScoreOf(2) > 0);
        Assert.Equal(0, kit.ScoreOf(3));
    }

    [Fact]
    public void A_poll_plays_to_a_reveal_of_the_spread_with_no_points_and_streaks_kept()
    {
        var kit = new GameTestKit(QuizOf(Single("first", correct: 1), Poll));
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerNow(1, 1);
        kit.AnswerNow(2, 1);
        kit.AnswerNow(3, 0);
        var scores = new[] { kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3) };
        kit.Game.Next();

        kit.StartAndOpenAnswering();
        kit.AnswerNow(1, 2);
        kit.AnswerNow(2, 2);
        kit.RunOutTheClock();

        var reveal = kit.Game.GetRevealView()!;
        Assert.Empty(reveal.CorrectOptionIds);
        Assert.All(reveal.Distribution, t => Assert.False(t.IsCorrect));
        Assert.Equal([0, 0, 2, 0], reveal.Distribution.OrderBy(t => t.Id).Select(t => t.Count));
        Assert.Equal(2, reveal.AnsweredCount);
        Assert.Equal(scores, new[] { kit.ScoreOf(1), kit.ScoreOf(2), kit.ScoreOf(3) });
        Assert.Equal(1, kit.Game.GetPlayerResult(Token(1))!.Streak);
        var result = kit.Game.GetPlayerResult(Token(1))!;
        Assert.True(result.Answered);
        Assert.Equal(0, result.Points);
    }

    [Fact]
    public void Typed_answers_survive_replay()
    {
        var kit = new GameTestKit(QuizOf(Typed));
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.Game.SubmitTypedAnswer(Token(1), 0, "Fuaa");

        var restored = GameReplay.Restore(kit.Game.Quiz, kit.Settings, new FakeTimeProvider(kit.Clock.GetUtcNow()), new SeededRandomSource(kit.Seed), kit.Game.CommandLog.Entries);

        Assert.Equal(kit.ScoreOf(1), restored.FindPlayer(Token(1))!.Score);
        Assert.Equal(new AnswerProgress(0, 1, 2), restored.GetProgress());
    }
}
