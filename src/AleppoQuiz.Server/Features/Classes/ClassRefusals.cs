using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>Every way the class endpoints say no. Another teacher's class reads exactly like a missing one.</summary>
internal static class ClassRefusals
{
    public static Refusal NotFound(string id) => new(RefusalKind.NotFound, "class-not-found", $"There is no class '{id}' of yours.");

    public static Refusal StudentNotFound(string id) =>
        new(RefusalKind.NotFound, "student-not-found", $"There is no student '{id}' on this roster.");

    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, "class-invalid", detail);

    /// <summary>A class over <see cref="ClassLimits"/>: refused whole, with the limit's code.</summary>
    public static Refusal TooLarge(string code, string detail) => new(RefusalKind.Invalid, code, detail);
}
