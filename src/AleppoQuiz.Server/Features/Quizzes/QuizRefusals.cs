using AleppoQuiz.Core.Game;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Server.Features.Quizzes;

/// <summary>
/// Every way reading, editing, importing or exporting a quiz says no. Another teacher's quiz reads exactly like a
/// missing one.
/// </summary>
internal static class QuizRefusals
{
    public static Refusal NotFound(string? id) => new(RefusalKind.NotFound, "quiz-not-found", $"There is no quiz '{id}'.");

    public static Refusal ReadOnly { get; } =
        new(RefusalKind.Forbidden, "quiz-read-only", "Built-in quizzes cannot be changed. Make a copy and edit that.");

    public static Refusal EditedElsewhere { get; } = new(
        RefusalKind.Conflict,
        "quiz-edited-elsewhere",
        "This quiz was changed in another tab or by another editor since you opened it. Reload it to see those changes, then make yours again.");

    public static Refusal TitleMissing { get; } = new(RefusalKind.Invalid, "quiz-title-missing", "Give the quiz a title of plain text.");

    public static Refusal OrderIncomplete { get; } =
        new(RefusalKind.Invalid, "quiz-order-incomplete", "The new order must list every question of the quiz once.");

    public static Refusal QuestionNotFound(string id) => new(RefusalKind.NotFound, "question-not-found", $"The quiz has no question '{id}'.");

    /// <summary>Sent with the validator's findings under <c>problems</c>.</summary>
    public static Refusal QuestionInvalid { get; } =
        new(RefusalKind.Invalid, "question-invalid", "The question has problems to fix before it can be saved.");

    /// <summary>An edit or an imported file over one of the <see cref="QuizLimits"/>, refused whole with the limit's code.</summary>
    public static Refusal TooLarge(LimitBreach breach) => new(RefusalKind.Invalid, breach.Code, breach.Message);

    public static Refusal Unreadable(string code, string detail) => new(RefusalKind.Invalid, code, detail);

    public static Refusal UnknownFormat(string format, IEnumerable<string> formats) => new(
        RefusalKind.Invalid,
        "unknown-format",
        $"'{format}' is not a format quizzes can be moved in that direction (formats: {string.Join(", ", formats)}).");
}
