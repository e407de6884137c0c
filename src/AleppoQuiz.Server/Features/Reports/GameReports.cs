using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// The figures of one game, from its stored rows. Accuracy counts fully correct answers among the answers given to
/// questions that score (a poll's answers are participation, not accuracy);
/// a player's score is the sum of the points stored with their answers (streak bonuses included), which is the
/// engine's own total. docs/reports.md gives every definition.
/// </summary>
internal static class GameReports
{
    public static GameSummary Summary(PlayedGame played)
    {
        var answers = played.Answers;
        var scored = answers.Count(a => AnswerTexts.IsScored(played.Quiz.Questions[a.QuestionIndex]));
        var correct = answers.Count(a => a.Correct == true);
        return new GameSummary(
            played.Game.Id,
            played.Kind,
            played.Game.Pin,
            played.Game.QuizId,
            played.Game.QuizTitle,
            played.Game.CreatedAt,
            played.Game.EndedAt,
            played.Link?.ClassId,
            played.ClassName,
            played.Link?.AssignmentId,
            played.Players.Count,
            played.Quiz.Questions.Count,
            played.QuestionsPlayed,
            answers.Count,
            correct,
            AnswerTexts.Ratio(correct, scored),
            AverageScore(played.Players.Select(p => p.PlayerId), answers),
            AnswerTexts.Mean(answers.Where(a => a.AnswerTimeMs is not null).Select(a => a.AnswerTimeMs!.Value)),
            played.Game.Abandoned);
    }

    /// <summary>The questions that were played, hardest first: lowest accuracy, then slowest, then quiz order; polls last.</summary>
    public static IReadOnlyList<QuestionReport> Questions(PlayedGame played) =>
    [
        .. Enumerable.Range(0, played.QuestionsPlayed)
            .Select(index => Question(played, index))
            .OrderBy(q => q.Kind == "poll")
            .ThenBy(q => q.Accuracy ?? 0)
            .ThenByDescending(q => q.AverageAnswerTimeMs ?? double.MaxValue)
            .ThenBy(q => q.Index),
    ];

    public static IReadOnlyList<PlayerReport> Players(PlayedGame played)
    {
        var byPlayer = played.Answers.ToLookup(a => a.PlayerId);
        return
        [
            .. played.Players.Select(player =>
            {
                var mine = byPlayer[player.PlayerId].ToDictionary(a => a.QuestionIndex);
                var answers = Enumerable.Range(0, played.QuestionsPlayed).Select(index =>
                {
                    var question = played.Quiz.Questions[index];
                    var isPoll = !AnswerTexts.IsScored(question);
                    if (!mine.TryGetValue(index, out var answer))
                    {
                        return new PlayerAnswer(index, false, [], "", false, 0, null, isPoll);
                    }

                    var ids = answer.OptionIds;
                    return new PlayerAnswer(index, true, ids, answer.Text ?? AnswerTexts.Describe(question, ids), answer.Correct == true, answer.Points ?? 0, answer.AnswerTimeMs, isPoll);
                }).ToArray();
                var student = played.Students.TryGetValue(player.PlayerId, out var s) ? s : default;
                var answered = answers.Count(a => a.Answered && !a.IsPoll);
                var correct = answers.Count(a => a.Correct);
                return new PlayerReport(
                    player.PlayerId, player.Nickname, student.Id, student.Name, answers.Sum(a => a.Points), answered, correct, AnswerTexts.Ratio(correct, answered), answers,
                    answers.Count(a => a.Answered && a.IsPoll));
            })
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.PlayerId),
        ];
    }

    public static double AverageScore(IEnumerable<int> playerIds, IReadOnlyList<Data.StoredGameAnswer> answers)
    {
        var ids = playerIds.ToList();
        return ids.Count == 0 ? 0 : Math.Round(ids.Average(id => (double)answers.Where(a => a.PlayerId == id).Sum(a => a.Points ?? 0)), 1);
    }

    private static QuestionReport Question(PlayedGame played, int index)
    {
        var question = played.Quiz.Questions[index];
        var answers = played.Answers.Where(a => a.QuestionIndex == index).ToList();
        var correct = answers.Count(a => a.Correct == true);
        var scored = AnswerTexts.IsScored(question);
        return new QuestionReport(
            index,
            question.Id,
            AnswerTexts.KindName(question.Kind),
            question.Prompt,
            PlayedGame.Details(question).Skill,
            answers.Count,
            correct,
            scored ? AnswerTexts.Ratio(correct, answers.Count) : null,
            AnswerTexts.Mean(answers.Where(a => a.AnswerTimeMs is not null).Select(a => a.AnswerTimeMs!.Value)),
            AnswerTexts.Distribution(question, answers.Select(a => a.OptionIds)),
            question.Kind == QuestionKind.FindEvidence ? EvidenceReport.Findings(question, answers.Select(a => a.OptionIds)) : null);
    }
}
