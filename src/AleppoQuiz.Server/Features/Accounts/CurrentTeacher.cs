using System.Security.Claims;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// The teacher the current request acts for. The database keeps every teacher to their own quizzes, articles,
/// classes, assignments and games through it, so an endpoint never has to remember to compare owners.
/// </summary>
public interface ICurrentTeacher
{
    /// <summary>The signed-in teacher's id; null for students, background work and anyone not signed in.</summary>
    string? Id { get; }
}

internal sealed class CurrentTeacher(IHttpContextAccessor http) : ICurrentTeacher
{
    public string? Id => http.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? user.FindFirstValue(ClaimTypes.NameIdentifier)
        : null;
}
