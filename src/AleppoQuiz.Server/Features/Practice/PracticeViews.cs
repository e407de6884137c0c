using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Reports;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>What the practice page draws, built from the engine's own views so a question never carries its answer.</summary>
internal static class PracticeViews
{
    public static PracticeState State(PracticeAttempt attempt)
    {
        var session = attempt.Session;
        var standing = session.GetStanding(attempt.PlayerKey);
        var question = session.GetQuestionView();
        var reveal = session.Phase == GamePhase.Reveal ? session.GetRevealView() : null;
        var phase = session.Phase switch
        {
            GamePhase.QuestionPreview => "question-preview",
            GamePhase.Answering => "answering",
            GamePhase.Reveal => "reveal",
            _ => "finished",
        };
        return new PracticeState(
            attempt.Game.Id,
            phase,
            attempt.Player.Nickname,
            standing?.Score ?? 0,
            session.Quiz.Questions.Count,
            attempt.CorrectCount,
            question is null ? null : Question(question, session.Quiz.Questions[question.Index].Id),
            reveal is null ? null : Reveal(session, reveal, session.GetPlayerResult(attempt.PlayerKey), attempt),
            session.Quiz.Questions.Count(q => q.Kind != QuestionKind.Poll),
            session.Quiz.Questions.Count(q => q.Kind == QuestionKind.Poll),
            attempt.PollsAnswered);
    }

    private static PracticeQuestion Question(QuestionView view, string questionId) => new(
        view.Index,
        view.Total,
        questionId,
        AnswerTexts.KindName(view.Kind),
        view.Prompt,
        [.. view.Options.Select(o => new PracticeOption(o.Id, o.Text))],
        view.TimeLimitMs,
        view.ReadingRemainingMs,
        view.AnswerRemainingMs,
        view.PointsMultiplier,
        view.Passage);

    private static PracticeReveal Reveal(GameSession session, RevealView reveal, PlayerResult? result, PracticeAttempt attempt)
    {
        var question = session.Quiz.Questions[reveal.Index];
        var details = PlayedGame.Details(question);
        return new PracticeReveal(
            reveal.Index,
            reveal.Total,
            AnswerTexts.KindName(question.Kind),
            question.Prompt,
            [.. reveal.Distribution.Select(o => new PracticeOption(o.Id, o.Text))],
            reveal.CorrectOptionIds,
            result?.Answered ?? false,
            attempt.Given(reveal.Index),
            result?.Correct ?? false,
            result?.Points ?? 0,
            result?.StreakBonus ?? 0,
            result?.AnswerTimeMs,
            details.Explanation,
            details.Skill,
            details.Evidence,
            attempt.GivenText(reveal.Index),
            reveal.AcceptedAnswers,
            result?.Credit ?? 0m,
            question.Passage);
    }
}
