using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.AnswerAcceptanceTests;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class PauseAndSkipTests
{
    private readonly GameTestKit kit = new(QuizOf(Single("first", seconds: 20), Single("second", seconds: 20)));

    [Fact]
    public void Pausing_freezes_the_answer_timer_and_resuming_keeps_the_time_that_was_left()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(kit.Game.Pause().IsAccepted);
        Assert.Null(kit.Game.NextDeadline);
        Assert.Equal((15_000, (DateTimeOffset?)null), (kit.Game.GetQuestionView()!.AnswerRemainingMs, kit.Game.GetQuestionView()!.Deadline));

        // A long pause: the deadline would have passed twice over, yet nothing closes and answers wait.
        kit.Clock.Advance(TimeSpan.FromMinutes(1));
        kit.Game.Tick();
        Assert.Equal(GamePhase.Answering, kit.Game.Phase);
        AssertRefused(RefusalCodes.Paused, kit.Game.SubmitAnswer(Token(1), 0, [0]));

        Assert.True(kit.Game.Resume().IsAccepted);
        var view = kit.Game.GetQuestionView()!;
        Assert.Equal(15_000, view.AnswerRemainingMs);
        Assert.Equal(kit.Clock.GetUtcNow() + TimeSpan.FromSeconds(15), view.Deadline);
        Assert.Equal(view.Deadline, kit.Game.NextDeadline);

        // One second after resuming the answer has taken 6 s of answering time: 1000 × (1 − 6/40) = 850.
        kit.Clock.Advance(TimeSpan.FromSeconds(1));
        kit.Game.SubmitAnswer(Token(1), 0, [0]);
        kit.RunOutTheClock();
        Assert.Equal(850, kit.ScoreOf(1));
        Assert.Equal(6_000, kit.Game.GetPlayerResult(1)!.AnswerTimeMs);
    }

    [Fact]
    public void Pausing_during_reading_time_keeps_the_reading_time_left()
    {
        kit.JoinPlayers(1);
        kit.Game.Start();
        kit.Clock.Advance(TimeSpan.FromSeconds(2));
        kit.Game.Pause();
        kit.Clock.Advance(TimeSpan.FromSeconds(30));
        kit.Game.Tick();
        Assert.Equal(GamePhase.QuestionPreview, kit.Game.Phase);

        kit.Game.Resume();
        Assert.Equal(kit.Clock.GetUtcNow() + TimeSpan.FromSeconds(3), kit.Game.NextDeadline);
        kit.Clock.Advance(TimeSpan.FromSeconds(3));
        kit.Game.Tick();
        Assert.Equal(GamePhase.Answering, kit.Game.Phase);
    }

    [Fact]
    public void Pause_and_resume_are_refused_when_they_make_no_sense()
    {
        kit.JoinPlayers(1);
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Pause());
        AssertRefused(RefusalCodes.NotPaused, kit.Game.Resume());
        kit.StartAndOpenAnswering();
        kit.Game.Pause();
        AssertRefused(RefusalCodes.AlreadyPaused, kit.Game.Pause());
    }

    [Fact]
    public void Skip_closes_the_question_early_and_scores_the_answers_already_in()
    {
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 2_000, 0);
        kit.AnswerAt(2, 3_000, 1);
        Assert.True(kit.Game.Skip().IsAccepted);

        var reveal = kit.Game.GetRevealView()!;
        Assert.Equal((GamePhase.Reveal, QuestionCloseReason.Skipped, 2), (kit.Game.Phase, reveal.CloseReason, reveal.AnsweredCount));
        Assert.Equal(950, kit.ScoreOf(1));
        AssertRefused(RefusalCodes.TooLate, kit.Game.SubmitAnswer(Token(3), 0, [0]));
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Skip());
    }

    [Fact]
    public void Skip_works_during_reading_time_and_while_paused()
    {
        kit.JoinPlayers(1);
        kit.Game.Start();
        Assert.True(kit.Game.Skip().IsAccepted);
        Assert.Equal(0, kit.Game.GetRevealView()!.AnsweredCount);

        kit.Game.Next();
        kit.StartAndOpenAnswering();
        kit.Game.Pause();
        Assert.True(kit.Game.Skip().IsAccepted);
        Assert.False(kit.Game.IsPaused);
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
    }

    [Fact]
    public void Next_and_start_are_refused_outside_their_phases()
    {
        AssertRefused(RefusalCodes.NoPlayers, kit.Game.Start());
        kit.JoinPlayers(1);
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Next());
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Next());
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Start());
        kit.Game.End();
        AssertRefused(RefusalCodes.GameEnded, kit.Game.End());
        AssertRefused(RefusalCodes.InvalidPhase, kit.Game.Next());
    }

    [Fact]
    public void A_late_tick_changes_nothing_compared_with_a_punctual_one()
    {
        var punctual = new GameTestKit(kit.Game.Quiz);
        var late = new GameTestKit(kit.Game.Quiz);
        foreach (var run in new[] { punctual, late })
        {
            run.JoinPlayers(2);
            run.Game.Start();
        }

        punctual.Clock.Advance(Reading);
        punctual.Game.Tick();
        late.Clock.Advance(Reading + TimeSpan.FromMilliseconds(700));
        late.Game.Tick();
        Assert.Equal(punctual.Game.GetQuestionView()!.Deadline, late.Game.GetQuestionView()!.Deadline);

        punctual.AnswerAt(1, 4_000, 0);
        late.AnswerAt(1, 4_000, 0);
        punctual.RunOutTheClock();
        late.Clock.SetUtcNow(late.Game.NextDeadline!.Value + TimeSpan.FromSeconds(3));
        late.Game.Tick();
        AssertSameState(punctual.Game.Snapshot(), late.Game.Snapshot());
    }
}
