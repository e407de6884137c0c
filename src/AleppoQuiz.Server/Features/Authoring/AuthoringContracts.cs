namespace AleppoQuiz.Server.Features.Authoring;

public sealed record QuizInput(string? Title, string? Description, int Version = 0);

/// <summary>
/// A question as the editor sends it. Evidence is a quote of an article the teacher can see. A type-answer
/// question sends <see cref="Accepted"/> instead of options; <see cref="KeepOrder"/> pins a choice question's order;
/// <see cref="ShortPrompt"/> is the author's shorter wording for tools that cap a question's length. A
/// find-the-evidence question sends no options: its <see cref="Passage"/> is the paragraphs or sentences the student
/// reads (a quote picked like evidence), and its first evidence quote is the words to find, inside the passage.
/// </summary>
public sealed record QuestionInput(
    string? Type,
    string? Skill,
    string? Difficulty,
    int TimeLimitSeconds,
    int? Points,
    string? Prompt,
    IReadOnlyList<OptionInput>? Options,
    string? Explanation,
    IReadOnlyList<EvidenceInput>? Evidence,
    IReadOnlyList<string?>? Accepted = null,
    bool KeepOrder = false,
    string? ShortPrompt = null,
    EvidenceInput? Passage = null);

public sealed record OptionInput(string? Text, bool Correct);

/// <summary>
/// A quote picked in the article view. <see cref="Start"/>, when given, says where the selection began, so a
/// phrase that occurs twice is pinned to the occurrence the teacher selected.
/// </summary>
public sealed record EvidenceInput(string? ArticleId, string? Quote, int? Start = null);

public sealed record QuestionEdit(int Version, QuestionInput Question);

public sealed record QuestionOrder(int Version, IReadOnlyList<string> QuestionIds);

/// <summary>
/// What the validator says of a question, with the spans its quotes were found at; <c>Passage</c> is a
/// find-the-evidence question's passage once found in its article, else null.
/// </summary>
public sealed record QuestionFindings(
    bool IsValid, IReadOnlyList<string> Problems, IReadOnlyList<Quizzes.EvidenceDetail> Evidence, Quizzes.EvidenceDetail? Passage = null);
