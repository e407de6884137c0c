using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// One player's own results: every question played with their answer, the right answer, the explanation and the
/// evidence. Nothing about other players is included, not even how many picked each option.
/// </summary>
internal static class StudentResultsBuilder
{
    public static StudentResults Build(PlayedGame played, StoredGamePlayer player)
    {
        var report = GameReports.Players(played).Single(p => p.PlayerId == player.PlayerId);
        var questions = report.Answers.Select(answer =>
        {
            var question = played.Quiz.Questions[answer.QuestionIndex];
            var details = PlayedGame.Details(question);
            return new ResultQuestion(
                answer.QuestionIndex,
                AnswerTexts.KindName(question.Kind),
                question.Prompt,
                [.. question.Options.Select((text, id) => new ResultOption(id, text, AnswerTexts.IsCorrectOption(question, id)))],
                answer.Answered,
                answer.OptionIds,
                answer.AnswerText,
                question.CorrectOptionIds,
                AnswerTexts.Correct(question),
                answer.Correct,
                answer.Points,
                answer.AnswerTimeMs,
                details.Explanation,
                details.Skill,
                details.Evidence);
        }).ToArray();
        return new StudentResults(
            played.Game.Id, played.Kind, played.Game.QuizTitle, played.Game.CreatedAt, player.Nickname, report.Score, played.QuestionsPlayed, report.Correct, questions);
    }
}
