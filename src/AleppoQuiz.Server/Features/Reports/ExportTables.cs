using System.Globalization;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>A table to export: a sheet in the workbook, or the whole CSV file for the answers table.</summary>
internal sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The tables an export holds, built from the same figures as the report endpoints so the files and the page
/// always agree. Cells are typed (text, whole numbers, yes/no, fractions) so a spreadsheet can sum and sort them.
/// </summary>
internal static class ExportTables
{
    public static readonly string[] AnswerHeaders =
    [
        "Game id", "Quiz", "Kind", "Class", "Played at", "Player id", "Nickname", "Student", "Question", "Question id", "Skill",
        "Prompt", "Answered", "Answer", "Correct answer", "Correct", "Points", "Answer time (ms)",
    ];

    /// <summary>One row per player and question played, answered or not.</summary>
    public static ExportTable Answers(PlayedGame played)
    {
        var game = played.Game;
        var rows = new List<object?[]>();
        foreach (var player in GameReports.Players(played).OrderBy(p => p.PlayerId))
        {
            foreach (var answer in player.Answers)
            {
                var question = played.Quiz.Questions[answer.QuestionIndex];
                rows.Add(
                [
                    game.Id, game.QuizTitle, played.Kind, played.ClassName ?? "", game.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    player.PlayerId, player.Nickname, player.StudentName ?? "", answer.QuestionIndex + 1, question.Id, PlayedGame.Details(question).Skill,
                    question.Prompt, answer.Answered, answer.AnswerText, AnswerTexts.Correct(question), answer.Correct, answer.Points, answer.AnswerTimeMs,
                ]);
            }
        }

        return new ExportTable("Answers", AnswerHeaders, rows);
    }

    public static ExportTable Summary(GameSummary summary) => new(
        "Summary",
        ["Figure", "Value"],
        [
            ["Quiz", summary.QuizTitle],
            ["Kind", summary.Kind],
            ["Class", summary.ClassName ?? ""],
            ["Played at", summary.CreatedAt.ToString("u", CultureInfo.InvariantCulture)],
            ["Players", summary.PlayerCount],
            ["Questions played", summary.QuestionsPlayed],
            ["Answers", summary.AnswerCount],
            ["Correct answers", summary.CorrectCount],
            ["Accuracy", summary.Accuracy],
            ["Average score", summary.AverageScore],
            ["Average answer time (ms)", summary.AverageAnswerTimeMs],
        ]);

    public static ExportTable Questions(IEnumerable<QuestionReport> questions) => new(
        "Questions",
        ["Question", "Question id", "Kind", "Skill", "Prompt", "Answered", "Correct", "Accuracy", "Average answer time (ms)"],
        [.. questions.OrderBy(q => q.Index).Select(q => new object?[] { q.Index + 1, q.QuestionId, q.Kind, q.Skill, q.Prompt, q.Answered, q.Correct, q.Accuracy, q.AverageAnswerTimeMs })]);

    public static ExportTable Players(IEnumerable<PlayerReport> players) => new(
        "Players",
        ["Player id", "Nickname", "Student", "Score", "Answered", "Correct", "Accuracy"],
        [.. players.Select(p => new object?[] { p.PlayerId, p.Nickname, p.StudentName ?? "", p.Score, p.Answered, p.Correct, p.Accuracy })]);

    /// <summary>A file name that says what the file is: the quiz and the day it was played.</summary>
    public static string FileName(PlayedGame played, string extension)
    {
        var slug = new string([.. played.Game.QuizTitle.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return $"{(slug.Length == 0 ? "game" : slug)}-{played.Game.CreatedAt:yyyy-MM-dd}.{extension}";
    }
}
