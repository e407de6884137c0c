namespace AleppoQuiz.Core.Game;

/// <summary>Accepting answers and closing a question. Each answer is constant work; closing is one pass over players.</summary>
public sealed partial class GameSession
{
    private AnswerResult HandleAnswer(SubmitAnswerCommand command, DateTimeOffset now)
    {
        if (command.PlayerToken is null || !playersByToken.TryGetValue(command.PlayerToken, out var player))
        {
            return AnswerResult.Refused(RefusalKind.NotFound, RefusalCodes.UnknownPlayer, "You have not joined this game.");
        }

        if (player.IsKicked)
        {
            return AnswerResult.Refused(RefusalKind.Forbidden, RefusalCodes.Kicked, "You were removed from this game by the host.");
        }

        if (PhaseRefusalForAnswer(command.QuestionIndex) is { } refusal)
        {
            return refusal;
        }

        var open = round!;
        if (player.AnsweredQuestion == open.Index)
        {
            return AnswerResult.AlreadyReceived();
        }

        if (AnswerRules.FindProblem(open.Question, command.OptionIds, command.Text) is { } problem)
        {
            return AnswerResult.Refused(RefusalKind.Invalid, problem.Code, problem.Message);
        }

        // Copied so a caller reusing its list cannot change an answer after it was counted. A selection of words
        // is kept first word to last, so the same words always read as the same selection.
        var optionIds = open.Question.Kind switch
        {
            QuestionKind.TypeAnswer => [],
            QuestionKind.FindEvidence => [.. command.OptionIds.Order()],
            _ => command.OptionIds.ToArray(),
        };
        var text = open.Question.Kind == QuestionKind.TypeAnswer ? command.Text!.Trim() : null;
        var elapsed = open.Answering!.Elapsed(now);
        var credit = AnswerRules.Credit(open.Question, open.IsCorrectOption, optionIds, text);
        var points = Settings.Scoring.AnswerPoints(credit, open.Question.PointsMultiplier, elapsed, open.Question.TimeLimit);
        player.RecordAnswer(open.Index, optionIds, text, elapsed, credit, points);
        open.AddAnswer(optionIds, text, credit, player.IsConnected);

        var progress = BuildProgress(open);
        events.Add(new AnswerReceived(now, player.Id, progress));
        CloseIfEveryoneAnswered(now);
        return AnswerResult.Accepted(progress);
    }

    /// <summary>
    /// Why the game cannot take an answer to <paramref name="questionIndex"/> now, or null if it can. Due timer
    /// transitions were applied before this runs, so a question whose deadline has passed is already closed.
    /// </summary>
    private AnswerResult? PhaseRefusalForAnswer(int questionIndex)
    {
        if (Phase == GamePhase.Ended)
        {
            return AnswerResult.Refused(RefusalKind.Conflict, RefusalCodes.NotAcceptingAnswers, "This game has ended.");
        }

        if (round is null || questionIndex > round.Index || questionIndex < 0)
        {
            return AnswerResult.Refused(RefusalKind.Conflict, RefusalCodes.NotAcceptingAnswers, "That question has not been asked yet.");
        }

        if (questionIndex < round.Index || round.IsClosed)
        {
            return AnswerResult.Refused(RefusalKind.Conflict, RefusalCodes.TooLate, "Time is up for that question.");
        }

        if (IsPaused)
        {
            return AnswerResult.Refused(RefusalKind.Conflict, RefusalCodes.Paused, "The game is paused; answer when it resumes.");
        }

        return Phase == GamePhase.QuestionPreview
            ? AnswerResult.Refused(RefusalKind.Conflict, RefusalCodes.NotAcceptingAnswers, "Answering has not opened yet.")
            : null;
    }

    /// <summary>
    /// Closes early once every player in the game has answered. A player whose connection dropped still counts until
    /// the deadline: a reload or a network blip must not close the question on the very player who is coming back.
    /// The host can skip the question or remove a player who has really gone.
    /// </summary>
    private void CloseIfEveryoneAnswered(DateTimeOffset now)
    {
        if (Phase == GamePhase.Answering && !IsPaused && round is { IsClosed: false } open
            && activePlayers > 0 && open.Answered >= activePlayers)
        {
            CloseQuestion(now, QuestionCloseReason.AllAnswered);
        }
    }

    /// <summary>
    /// Applies the question's answers to totals and streaks and moves to Reveal. Players who did not answer lose
    /// their streak, except on a skip: the host cut the question short, so silence then is not held against anyone.
    /// </summary>
    private void CloseQuestion(DateTimeOffset at, QuestionCloseReason reason)
    {
        var closing = round!;
        closing.Close(reason);
        var multiplier = closing.Question.PointsMultiplier;
        foreach (var player in players)
        {
            Work.PlayerVisits++;
            if (player.IsKicked)
            {
                continue;
            }

            // A poll asks an opinion: answering it or not changes neither score nor streak.
            if (closing.Question.Kind == QuestionKind.Poll)
            {
                player.RecordResult(closing.Index, answered: player.AnsweredQuestion == closing.Index, correct: false, points: 0, streakBonus: 0);
                continue;
            }

            if (player.AnsweredQuestion != closing.Index)
            {
                if (reason != QuestionCloseReason.Skipped)
                {
                    player.Streak = 0;
                }

                player.RecordResult(closing.Index, answered: false, correct: false, points: 0, streakBonus: 0);
                continue;
            }

            var correct = player.AnswerCredit == 1m;
            player.Streak = correct ? player.Streak + 1 : 0;
            var bonus = correct ? Settings.Scoring.StreakBonus(player.Streak, multiplier) : 0;
            player.Score += player.AnswerPoints + bonus;
            if (player.AnswerCredit > 0m)
            {
                player.CreditedAnswerTime += player.AnswerElapsed;
            }

            player.RecordResult(closing.Index, answered: true, correct, player.AnswerPoints + bonus, bonus, player.AnswerCredit);
        }

        ranking.MarkStale();
        Phase = GamePhase.Reveal;
        IsPaused = false;
        events.Add(new QuestionRevealed(at, BuildRevealView(closing)));
    }

    private AnswerProgress BuildProgress(QuestionRound open)
    {
        // Everyone in the game is expected, connected or not, exactly as the early close counts them.
        return new AnswerProgress(open.Index, open.Answered, activePlayers);
    }
}
