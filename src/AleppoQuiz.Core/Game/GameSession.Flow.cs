namespace AleppoQuiz.Core.Game;

/// <summary>The host's flow commands and the timer transitions between phases.</summary>
public sealed partial class GameSession
{
    private CommandResult HandleStart(DateTimeOffset now)
    {
        if (Phase != GamePhase.Lobby)
        {
            return InvalidPhase("The game has already started.");
        }

        if (activePlayers == 0)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.NoPlayers, "Wait for at least one player to join.");
        }

        OpenPreview(0, now);
        return CommandResult.Ok;
    }

    private CommandResult HandleNext(DateTimeOffset now)
    {
        switch (Phase)
        {
            case GamePhase.Reveal:
                Phase = GamePhase.Leaderboard;
                events.Add(new LeaderboardShown(now, GetLeaderboard()));
                return CommandResult.Ok;
            case GamePhase.Leaderboard when round!.Index + 1 < Quiz.Questions.Count:
                OpenPreview(round.Index + 1, now);
                return CommandResult.Ok;
            case GamePhase.Leaderboard:
                Phase = GamePhase.Podium;
                events.Add(new PodiumShown(now, GetPodium()));
                return CommandResult.Ok;
            case GamePhase.Podium:
                return HandleEnd(now);
            default:
                return InvalidPhase("Next moves on from the reveal, leaderboard or podium.");
        }
    }

    /// <summary>Closes the question early; allowed while paused too, since it ends the timer anyway.</summary>
    private CommandResult HandleSkip(DateTimeOffset now)
    {
        if (Phase is not (GamePhase.QuestionPreview or GamePhase.Answering))
        {
            return InvalidPhase("Only a question being shown or answered can be skipped.");
        }

        CloseQuestion(now, QuestionCloseReason.Skipped);
        return CommandResult.Ok;
    }

    private CommandResult HandlePause(DateTimeOffset now)
    {
        if (Phase is not (GamePhase.QuestionPreview or GamePhase.Answering))
        {
            return InvalidPhase("Only a question's reading or answering time can be paused.");
        }

        if (IsPaused)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.AlreadyPaused, "The game is already paused.");
        }

        IsPaused = true;
        round!.ActiveTimer.Pause(now);
        events.Add(new GamePaused(now, Phase, Milliseconds(round.ActiveTimer.Remaining(now))));
        return CommandResult.Ok;
    }

    private CommandResult HandleResume(DateTimeOffset now)
    {
        if (!IsPaused)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.NotPaused, "The game is not paused.");
        }

        IsPaused = false;
        round!.ActiveTimer.Resume(now);
        events.Add(new GameResumed(now, BuildQuestionView(round, now)));

        // Players may have left while paused, leaving everyone still here already answered.
        CloseIfEveryoneAnswered(now);
        return CommandResult.Ok;
    }

    private CommandResult HandleEnd(DateTimeOffset now)
    {
        if (Phase == GamePhase.Ended)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.GameEnded, "This game has already ended.");
        }

        // Ending mid-question discards the open question's answers: standings stay as of the last reveal.
        Phase = GamePhase.Ended;
        IsPaused = false;
        events.Add(new GameEnded(now, GetPodium()));
        return CommandResult.Ok;
    }

    private void OpenPreview(int index, DateTimeOffset now)
    {
        var question = Quiz.Questions[index];
        var order = AnswerRules.DisplayOrder(question, random);
        var reading = new PhaseTimer(now, Settings.ReadingTime.For(question.Prompt));
        round = new QuestionRound(index, question, order, reading);
        Phase = GamePhase.QuestionPreview;
        events.Add(new QuestionPreviewStarted(now, BuildQuestionView(round, now)));
    }

    /// <summary>
    /// Applies every timer transition due by <paramref name="now"/>, each at the instant it was due (not at
    /// <paramref name="now"/>), which is what makes the state independent of when Tick is called.
    /// </summary>
    private void AdvanceTime(DateTimeOffset now)
    {
        while (round is { IsClosed: false } current && !IsPaused && now >= current.ActiveTimer.EndsAt)
        {
            var dueAt = current.ActiveTimer.EndsAt;
            if (Phase == GamePhase.QuestionPreview)
            {
                current.OpenAnswering(dueAt);
                Phase = GamePhase.Answering;
                events.Add(new AnsweringStarted(dueAt, BuildQuestionView(current, now)));
            }
            else if (Phase == GamePhase.Answering)
            {
                CloseQuestion(dueAt, QuestionCloseReason.Deadline);
            }
            else
            {
                break;
            }
        }
    }

    private static CommandResult InvalidPhase(string message) =>
        CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.InvalidPhase, message);

    private static long Milliseconds(TimeSpan span) => (long)span.TotalMilliseconds;
}
