using AleppoQuiz.Core.Game;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>
/// The ProblemDetails answers of the practice endpoints. Each carries a <c>code</c> like the live protocol's refusal
/// codes, so the page can react to it, and a sentence a student can act on.
/// </summary>
internal static class PracticeProblems
{
    public static ProblemHttpResult AttemptNotFound() =>
        Problems.NotFound("This practice attempt is not available from here. Start again from the homework link.");

    public static ProblemHttpResult AssignmentNotFound() =>
        Problems.NotFound("There is no homework at this link. Check the link your teacher gave you.");

    public static ProblemHttpResult Refused(string code, string detail, int status = StatusCodes.Status400BadRequest) =>
        Problems.Coded(code, detail, status);

    /// <summary>An engine refusal: a wrong option is the request's fault (400), anything else is about timing (409).</summary>
    public static ProblemHttpResult From(Refusal refusal) => Refused(
        refusal.Code,
        refusal.Message,
        refusal.Code is RefusalCodes.InvalidOption or RefusalCodes.InvalidToken || refusal.Code.StartsWith("nickname-", StringComparison.Ordinal)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status409Conflict);

    public static ProblemHttpResult DeadlinePassed() =>
        Refused("deadline-passed", "The deadline for this homework has passed.", StatusCodes.Status409Conflict);

    public static ProblemHttpResult AlreadyHandled() =>
        Refused("already-received", "That was already received; reload to carry on.", StatusCodes.Status409Conflict);
}
