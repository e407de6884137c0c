using AleppoQuiz.Server.Features.Live;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>One past game in the teacher's list. Accuracy is over the answers given (see docs/reports.md).</summary>
public sealed record GameListItem(
    string Id,
    string Kind,
    string QuizTitle,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    string? ClassId,
    string? ClassName,
    string? AssignmentId,
    int PlayerCount,
    int AnswerCount,
    double? Accuracy,
    double AverageScore,
    bool Abandoned);

public sealed record GameSummary(
    string Id,
    string Kind,
    string Pin,
    string QuizId,
    string QuizTitle,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    string? ClassId,
    string? ClassName,
    string? AssignmentId,
    int PlayerCount,
    int QuestionCount,
    int QuestionsPlayed,
    int AnswerCount,
    int CorrectCount,
    double? Accuracy,
    double AverageScore,
    double? AverageAnswerTimeMs,
    bool Abandoned);

/// <summary>
/// One option's tally. For order questions <see cref="Count"/> is how many placed the option where it belongs,
/// as on the reveal screen.
/// </summary>
public sealed record OptionCount(int Id, string Text, bool IsCorrect, int Count);

/// <summary>A selection of a passage's words that did not find the evidence, and how many students made it.</summary>
public sealed record SelectionCount(string Text, int Count, bool PartlyFound);

/// <summary>
/// A find-the-evidence question's outcome: how many found the evidence, how many partly, and the selections that
/// missed it most often, most common first (at most <see cref="EvidenceFindings.MostCommonShown"/>).
/// </summary>
public sealed record EvidenceFindings(int Found, int PartlyFound, IReadOnlyList<SelectionCount> CommonWrongSelections)
{
    public const int MostCommonShown = 5;
}

/// <summary>
/// A poll has no right answer: its <c>Correct</c> is 0 and its <c>Accuracy</c> null; read its spread instead. For
/// find-the-evidence the distribution counts, per word, the selections that covered it, and <c>Evidence</c> says how
/// many found it; <c>Evidence</c> is null for every other kind.
/// </summary>
public sealed record QuestionReport(
    int Index,
    string QuestionId,
    string Kind,
    string Prompt,
    string Skill,
    int Answered,
    int Correct,
    double? Accuracy,
    double? AverageAnswerTimeMs,
    IReadOnlyList<OptionCount> Distribution,
    EvidenceFindings? Evidence = null);

/// <summary>One answer; <c>AnswerText</c> is the options picked, or the words typed for a type-answer question.</summary>
public sealed record PlayerAnswer(
    int QuestionIndex, bool Answered, IReadOnlyList<int> OptionIds, string AnswerText, bool Correct, int Points, long? AnswerTimeMs, bool IsPoll = false);

/// <summary>
/// <c>Answered</c>, <c>Correct</c> and <c>Accuracy</c> cover the questions that score; polls answered are counted
/// apart, in <c>PollsAnswered</c>.
/// </summary>
public sealed record PlayerReport(
    int PlayerId,
    string Nickname,
    string? StudentId,
    string? StudentName,
    int Score,
    int Answered,
    int Correct,
    double? Accuracy,
    IReadOnlyList<PlayerAnswer> Answers,
    int PollsAnswered);

public sealed record SkillFigures(string Skill, int Answered, int Correct, double? Accuracy);

public sealed record StudentMastery(string StudentId, string Name, bool OnRoster, IReadOnlyList<SkillFigures> Skills);

/// <summary>
/// A class's mastery over <see cref="GameCount"/> games. Abandoned games (ended by the server, not the host) count
/// only when <see cref="IncludesAbandoned"/>; <see cref="AbandonedGameCount"/> says how many the class has.
/// </summary>
public sealed record ClassMastery(
    string ClassId,
    string ClassName,
    int GameCount,
    IReadOnlyList<string> Skills,
    IReadOnlyList<SkillFigures> Class,
    IReadOnlyList<StudentMastery> Students,
    int AbandonedGameCount,
    bool IncludesAbandoned);

public sealed record ResultOption(int Id, string Text, bool IsCorrect);

/// <summary>One question of a student's own results: their answer beside the right one, with the reasons.</summary>
public sealed record ResultQuestion(
    int Index,
    string Kind,
    string Prompt,
    IReadOnlyList<ResultOption> Options,
    bool Answered,
    IReadOnlyList<int> YourAnswer,
    string YourAnswerText,
    IReadOnlyList<int> CorrectOptionIds,
    string CorrectAnswerText,
    bool Correct,
    int Points,
    long? AnswerTimeMs,
    string Explanation,
    string Skill,
    IReadOnlyList<EvidencePassage> Evidence);

public sealed record StudentResults(
    string GameId, string Kind, string QuizTitle, DateTimeOffset PlayedAt, string Nickname, int Score, int QuestionsPlayed, int Correct,
    IReadOnlyList<ResultQuestion> Questions);
