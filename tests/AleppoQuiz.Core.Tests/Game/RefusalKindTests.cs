using AleppoQuiz.Core.Game;
using static AleppoQuiz.Core.Tests.Game.GameTestKit;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>
/// The engine says what sort of "no" each refusal is, so a caller over HTTP gets a status that fits: a malformed
/// answer is the request's fault, an answer at the wrong moment meets the game's state.
/// </summary>
public sealed class RefusalKindTests
{
    private readonly GameTestKit kit = new(QuizOf(Single("first", seconds: 20), Single("second", seconds: 20)));

    [Fact]
    public void An_option_that_does_not_exist_is_an_invalid_request()
    {
        kit.JoinPlayers(1);
        kit.StartAndOpenAnswering();

        var refusal = kit.Game.SubmitAnswer(Token(1), 0, [9]).Refusal!;

        Assert.Equal((RefusalKind.Invalid, RefusalCodes.InvalidOption), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void An_answer_before_answering_opens_conflicts_with_the_games_state()
    {
        kit.JoinPlayers(1);

        var refusal = kit.Game.SubmitAnswer(Token(1), 0, [0]).Refusal!;

        Assert.Equal((RefusalKind.Conflict, RefusalCodes.NotAcceptingAnswers), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void A_repeated_answer_conflicts_with_the_one_already_counted()
    {
        // Two players, so the first one's answer does not close the question.
        kit.JoinPlayers(2);
        kit.StartAndOpenAnswering();
        kit.AnswerAt(1, 300, 0);

        var refusal = kit.AnswerAt(1, 600, 0).Refusal!;

        Assert.Equal((RefusalKind.Conflict, RefusalCodes.AlreadyAnswered), (refusal.Kind, refusal.Code));
    }
}
