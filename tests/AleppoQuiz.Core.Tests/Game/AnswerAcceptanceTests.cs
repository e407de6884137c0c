using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>When an answer counts, and the reason code for each case where it does not.</summary>
public sealed class AnswerAcceptanceTests
{
    private readonly GameTestKit kit = new(QuizOf(Single("first", seconds: 20), Multi("second", correct: [0, 1]), Order("third", [1, 0, 2])));

    [Fact]
    public void Answers_before_the_game_starts_or_during_reading_time_are_not_accepted()
    {
        kit.JoinPlayers(2);
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), 0, [0]));

        kit.Game.Start();
        kit.Clock.Advance(Reading - TimeSpan.FromMilliseconds(1));
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), 0, [0]));

        // Once reading time is over the answer counts even before the host's timer has called Tick.
        kit.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(AnswerOutcome.Accepted, kit.Game.SubmitAnswer(Token(1), 0, [0]).Outcome);
        Assert.Equal(GamePhase.Answering, kit.Game.Phase);
    }

    [Fact]
    public void An_answer_that_reached_the_server_before_the_deadline_counts_though_the_game_takes_it_after()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        var deadline = kit.Game.NextDeadline!.Value;
        var arrived = deadline - TimeSpan.FromMilliseconds(5);

        // The game gets to it 40 ms later, past the deadline, before any timer closed the question.
        kit.Clock.SetUtcNow(deadline + TimeSpan.FromMilliseconds(35));
        var result = kit.Game.SubmitAnswer(Token(1), 0, [0], arrived);

        Assert.Equal(AnswerOutcome.Accepted, result.Outcome);
        AssertRefused(RefusalCodes.TooLate, kit.Game.SubmitAnswer(Token(2), 0, [0]));
    }

    [Fact]
    public void A_repeated_answer_is_acknowledged_but_counted_once()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        Assert.Equal(AnswerOutcome.Accepted, kit.AnswerAt(1, 300, 0).Outcome);

        var repeat = kit.AnswerAt(1, 900, 1);
        Assert.Equal(AnswerOutcome.AlreadyReceived, repeat.Outcome);
        Assert.Equal(RefusalCodes.AlreadyAnswered, repeat.Refusal!.Code);
        Assert.Equal(new AnswerProgress(0, 1, 2), kit.Game.GetProgress());
        Assert.Single(kit.Game.CommandLog.Entries, e => e.Command is SubmitAnswerCommand);

        kit.RunOutTheClock();
        Assert.Equal([1, 0, 0, 0], kit.Game.GetRevealView()!.Distribution.OrderBy(t => t.Id).Select(t => t.Count));
        Assert.Equal(1000, kit.ScoreOf(1));
    }

    [Fact]
    public void An_answer_at_the_deadline_is_too_late_and_one_a_millisecond_earlier_is_not()
    {
        kit.JoinPlayers(3);
        kit.StartAndOpenAnswering();
        Assert.True(kit.AnswerAt(1, 19_999, 0).IsAccepted);
        AssertRefused(RefusalCodes.TooLate, kit.AnswerAt(2, 20_000, 0));
        Assert.Equal(500, kit.ScoreOf(1));
        Assert.Equal(GamePhase.Reveal, kit.Game.Phase);
    }

    [Fact]
    public void Answers_to_an_earlier_question_are_too_late_and_to_a_later_one_not_accepted()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.RunOutTheClock();
        AssertRefused(RefusalCodes.TooLate, kit.Game.SubmitAnswer(Token(1), 0, [0]));
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), 1, [0]));

        kit.Game.Next();
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.TooLate, kit.Game.SubmitAnswer(Token(1), 0, [0]));
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), 2, [0]));
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), -1, [0]));
        Assert.True(kit.Game.SubmitAnswer(Token(1), 1, [0]).IsAccepted);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 4 })]
    [InlineData(new[] { -1 })]
    [InlineData(new[] { 0, 1 })]
    public void Single_answers_must_name_exactly_one_existing_option(int[] options)
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.InvalidOption, kit.AnswerAt(1, 100, options));

        // A refused answer does not use up the player's turn.
        Assert.True(kit.AnswerAt(1, 200, 0).IsAccepted);
    }

    [Fact]
    public void Multi_and_order_answers_must_be_well_formed()
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 100, 0);
        kit.Game.Next();
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.InvalidOption, kit.AnswerAt(1, 100, 0, 0));
        Assert.True(kit.AnswerAt(1, 200, 0, 1, 2, 3).IsAccepted);

        kit.Game.Next();
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.InvalidOption, kit.AnswerAt(1, 100, 1, 0));
        AssertRefused(RefusalCodes.InvalidOption, kit.AnswerAt(1, 100, 1, 1, 2));
        AssertRefused(RefusalCodes.InvalidOption, kit.AnswerAt(1, 100, 1, 0, 3));
        Assert.True(kit.AnswerAt(1, 200, 1, 0, 2).IsAccepted);
    }

    [Fact]
    public void Unknown_and_kicked_players_cannot_answer()
    {
        var ids = kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        AssertRefused(RefusalCodes.UnknownPlayer, kit.Game.SubmitAnswer("never-joined", 0, [0]));
        kit.Game.Kick(ids[1]);
        AssertRefused(RefusalCodes.Kicked, kit.AnswerAt(2, 100, 0));
    }

    [Fact]
    public void Answers_after_the_game_ended_are_not_accepted()
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();
        kit.Game.End();
        AssertRefused(RefusalCodes.NotAcceptingAnswers, kit.Game.SubmitAnswer(Token(1), 0, [0]));
        Assert.Null(kit.Game.NextDeadline);
    }

    [Fact]
    public void Accepting_an_answer_says_nothing_about_whether_it_was_right()
    {
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        var result = kit.AnswerAt(1, 100, 3);
        Assert.Equal(new AnswerResult(AnswerOutcome.Accepted, null, new AnswerProgress(0, 1, 2)), result);
        Assert.Null(kit.Game.GetPlayerResult(1));
    }

    internal static void AssertRefused(string code, CommandResult result)
    {
        Assert.False(result.IsAccepted);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Message));
    }
}
