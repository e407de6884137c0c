using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>Every way homework and its assignments say no, each with a code the pages react to.</summary>
internal static class PracticeRefusals
{
    public static Refusal AttemptNotFound { get; } = new(
        RefusalKind.NotFound, "attempt-not-found", "This practice attempt is not available from here. Start again from the homework link.");

    public static Refusal HomeworkNotFound { get; } = new(
        RefusalKind.NotFound, "homework-not-found", "There is no homework at this link. Check the link your teacher gave you.");

    public static Refusal WrongClassCode { get; } = new(
        RefusalKind.NotFound, "wrong-class-code", "That is not the code of the class this homework is for. Ask your teacher for it.");

    public static Refusal RosterRequired { get; } = new(
        RefusalKind.Invalid, "roster-required", "Type your class code and pick your name from the class list.");

    public static Refusal DeadlinePassed { get; } = new(RefusalKind.Conflict, "deadline-passed", "The deadline for this homework has passed.");

    public static Refusal AlreadyHandled { get; } = new(RefusalKind.Conflict, "already-received", "That was already received; reload to carry on.");

    public static Refusal NoAnswer { get; } = new(RefusalKind.Invalid, RefusalCodes.InvalidOption, "Choose or type an answer.");

    public static Refusal NotAnsweredYet { get; } = new(RefusalKind.Conflict, RefusalCodes.InvalidPhase, "Answer the question first.");

    public static Refusal AssignmentNotFound(string id) =>
        new(RefusalKind.NotFound, "assignment-not-found", $"There is no assignment '{id}' of yours.");

    public static Refusal DeadlineNotInFuture { get; } = new(RefusalKind.Invalid, "deadline-not-in-future", "The deadline must be in the future.");

    /// <summary>The quiz cannot be played (no questions, or broken): the teacher's request is what must change.</summary>
    public static Refusal QuizNotPlayable(Refusal why) => why with { Kind = RefusalKind.Invalid };
}
