using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Live;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>Homework to create: which quiz, optionally for which class, optionally by when.</summary>
public sealed record AssignmentInput(string? QuizId, string? ClassId, DateTimeOffset? Deadline);

/// <summary>A homework assignment as its teacher sees it; <c>Link</c> is what to hand to the students.</summary>
public sealed record AssignmentView(
    string Id, string QuizId, string QuizTitle, int QuestionCount, string? ClassId, string? ClassName, DateTimeOffset? Deadline,
    DateTimeOffset CreatedAt, string Link, int Attempts);

/// <summary>What a student sees on opening the homework link, before starting.</summary>
public sealed record PracticeInfo(
    string AssignmentId, string QuizTitle, int QuestionCount, DateTimeOffset? Deadline, bool IsClosed, string? ClassName, bool UsesRoster);

public sealed record ClassCodeInput(string? ClassCode);

/// <summary>Starts an attempt: a nickname, or for a class's homework the class code and a roster student.</summary>
public sealed record PracticeStart(string? Nickname, string? ClassCode, string? StudentId);

/// <summary>The attempt's token is returned once, here; keep it in the browser, it is never shown again.</summary>
public sealed record PracticeStarted(string AttemptId, string Token, string Nickname, PracticeState State);

public sealed record PracticeAnswer(int QuestionIndex, int[]? OptionIds, string? Text = null);

public sealed record PracticeOption(int Id, string Text);

/// <summary>
/// The open question, without its answer. Times are the server's: count down from the remaining values. A
/// find-the-evidence question's options are its passage's words in reading order, laid out by <c>Passage</c>
/// (null for other kinds); the answer is the ids of one unbroken run of them.
/// </summary>
public sealed record PracticeQuestion(
    int Index, int Total, string QuestionId, string Kind, string Prompt, IReadOnlyList<PracticeOption> Options,
    long TimeLimitMs, long ReadingRemainingMs, long AnswerRemainingMs, decimal PointsMultiplier, QuestionPassage? Passage = null);

/// <summary>
/// The closed question: the student's own outcome, the right answer and why, with the evidence. A type-answer
/// question has no options: <c>YourText</c> is what the student typed and <c>AcceptedAnswers</c> what it accepts,
/// canonical first. A poll has no right answer: <c>CorrectOptionIds</c> is empty and <c>Correct</c> false. For
/// find-the-evidence, <c>CorrectOptionIds</c> are the evidence's word ids, <c>Correct</c> means found and
/// <c>Credit</c> (0–1, as for every kind) below 1 but above 0 means partly found.
/// </summary>
public sealed record PracticeReveal(
    int Index, int Total, string Kind, string Prompt, IReadOnlyList<PracticeOption> Options, IReadOnlyList<int> CorrectOptionIds,
    bool Answered, IReadOnlyList<int> YourAnswer, bool Correct, int Points, int StreakBonus, long? AnswerTimeMs,
    string Explanation, string Skill, IReadOnlyList<EvidencePassage> Evidence, string? YourText, IReadOnlyList<string> AcceptedAnswers,
    decimal Credit = 0m, QuestionPassage? Passage = null);

/// <summary>
/// Where an attempt stands. <c>Phase</c> is "question-preview", "answering", "reveal" or "finished"; the matching
/// part (<c>Question</c> or <c>Reveal</c>) is filled in. <c>Correct</c> is out of <c>Scored</c>, the questions that
/// are not polls; a poll counts as participation, in <c>PollsAnswered</c> out of <c>Polls</c>.
/// </summary>
public sealed record PracticeState(
    string AttemptId, string Phase, string Nickname, int Score, int Total, int Correct, PracticeQuestion? Question, PracticeReveal? Reveal,
    int Scored, int Polls, int PollsAnswered);
