using System.Reflection;
using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class QuestionViewTests
{
    [Fact]
    public void The_question_view_has_no_member_that_could_carry_answers_or_evidence()
    {
        var members = typeof(QuestionView).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Assert.DoesNotContain(members, name => name.Contains("Correct", StringComparison.OrdinalIgnoreCase) || name.Contains("Payload", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Id", "Text"], typeof(OptionView).GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public void Preview_and_answering_views_carry_deadlines_and_remaining_time()
    {
        var kit = new GameTestKit(QuizOf(Single("q", seconds: 20)));
        kit.JoinPlayers(1);
        var start = kit.Clock.GetUtcNow();
        kit.Game.Start();
        kit.Clock.Advance(TimeSpan.FromMilliseconds(1_000));

        var preview = kit.Game.GetQuestionView()!;
        Assert.Equal((0, 1, GamePhase.QuestionPreview, "Prompt of q"), (preview.Index, preview.Total, preview.Phase, preview.Prompt));
        Assert.Equal((4_000L, 20_000L), (preview.ReadingRemainingMs, preview.AnswerRemainingMs));
        Assert.Equal(start + Reading, preview.AnsweringOpensAt);
        Assert.Equal(start + Reading + TimeSpan.FromSeconds(20), preview.Deadline);
        Assert.Equal(start + Reading, kit.Game.NextDeadline);

        kit.Clock.Advance(TimeSpan.FromMilliseconds(4_000 + 7_000));
        kit.Game.Tick();
        var answering = kit.Game.GetQuestionView()!;
        Assert.Equal((GamePhase.Answering, 0L, 13_000L), (answering.Phase, answering.ReadingRemainingMs, answering.AnswerRemainingMs));
        Assert.Equal(preview.Deadline, answering.Deadline);
        Assert.Equal(answering.Deadline, kit.Game.NextDeadline);
        Assert.Equal(["q option 0", "q option 1", "q option 2", "q option 3"], answering.Options.OrderBy(o => o.Id).Select(o => o.Text));
    }

    [Fact]
    public void Views_that_do_not_apply_to_the_phase_are_null()
    {
        var kit = new GameTestKit(QuizOf(Single("q")));
        Assert.Null(kit.Game.GetQuestionView());
        Assert.Null(kit.Game.GetRevealView());
        Assert.Null(kit.Game.GetProgress());
        Assert.Null(kit.Game.GetPlayerResult(1));
        Assert.Empty(kit.Game.GetLeaderboard().Top);
    }

    [Fact]
    public void Reading_time_zero_opens_answering_at_once()
    {
        var kit = new GameTestKit(QuizOf(Single("q")), new GameSettings { ReadingTime = ReadingTimePolicy.Fixed(TimeSpan.Zero) });
        kit.JoinPlayers(1);
        kit.Game.Start();
        Assert.Equal(GamePhase.Answering, kit.Game.Phase);
    }
}
