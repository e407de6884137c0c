namespace AleppoQuiz.Server.Features.Quizzes;

public sealed record QuizSummary(
    string Id, string Title, string Description, int QuestionCount, IReadOnlyList<string> Skills, string Origin, bool IsOwn, int Version);

public sealed record QuizDetail(
    string Id, string Title, string Description, string Origin, bool IsOwn, int Version, IReadOnlyList<QuestionDetail> Questions);

/// <summary>
/// A question with its answer: for teachers preparing or reviewing a quiz, never sent to players. A
/// find-the-evidence question has no options: <c>Passage</c> is what the student reads and the first evidence quote
/// the words to find; <c>Passage</c> is null for every other type.
/// </summary>
public sealed record QuestionDetail(
    string Id,
    int Position,
    string Type,
    string Skill,
    string Difficulty,
    int TimeLimitSeconds,
    int Points,
    string Prompt,
    IReadOnlyList<OptionDetail> Options,
    IReadOnlyList<int> CorrectOptions,
    string Explanation,
    IReadOnlyList<EvidenceDetail> Evidence,
    IReadOnlyList<string> Accepted,
    bool KeepOrder,
    string? ShortPrompt = null,
    EvidenceDetail? Passage = null);

public sealed record OptionDetail(int Index, string Text, bool Correct);

public sealed record EvidenceDetail(string ArticleId, string Outlet, string Quote, int Start, int End);
