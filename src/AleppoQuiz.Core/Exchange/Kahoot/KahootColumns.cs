namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// The columns of Kahoot's quiz spreadsheet, then ours. Kahoot's own template adds hints to its headers
/// ("Question - max 120 characters"), so headers are matched by how they start; our trailing columns and the quiz
/// rows above the header are ignored by Kahoot and carry what a round trip needs.
/// </summary>
internal static class KahootColumns
{
    public const int MaxAnswers = 4;
    public const int MaxQuestionLength = 120;
    public const int MaxAnswerLength = 75;

    public const string Question = "Question";
    public const string TimeLimit = "Time limit (sec)";
    public const string Correct = "Correct answer(s)";

    public const string Id = "Id";
    public const string Type = "Type";
    public const string Skill = "Skill";
    public const string Difficulty = "Difficulty";
    public const string ExactTimeLimit = "Exact time limit (sec)";
    public const string Points = "Points";
    public const string Explanation = "Explanation";
    public const string FullQuestion = "Full question";
    public const string ShortQuestion = "Short question";

    public const string QuizId = "Quiz id";
    public const string QuizTitle = "Quiz title";
    public const string QuizDescription = "Quiz description";

    public static readonly int[] AllowedTimeLimits = [5, 10, 20, 30, 60, 90, 120, 240];

    public static string Answer(int number) => $"Answer {number}";

    public static string EvidenceArticle(int number) => $"Evidence {number} article";

    public static string EvidenceQuote(int number) => $"Evidence {number} quote";

    public static IEnumerable<string> KahootHeaders =>
        new[] { Question }.Concat(Enumerable.Range(1, MaxAnswers).Select(Answer)).Concat([TimeLimit, Correct]);

    public static IEnumerable<string> OurHeaders(int evidenceColumns) =>
        new[] { Id, Type, Skill, Difficulty, ExactTimeLimit, Points, Explanation, FullQuestion, ShortQuestion }
            .Concat(Enumerable.Range(1, evidenceColumns).SelectMany(n => new[] { EvidenceArticle(n), EvidenceQuote(n) }));

    /// <summary>The allowed limit nearest to <paramref name="seconds"/>; a tie goes to the longer, kinder one.</summary>
    public static int NearestTimeLimit(int seconds) =>
        AllowedTimeLimits.OrderBy(t => Math.Abs(t - seconds)).ThenByDescending(t => t).First();
}
