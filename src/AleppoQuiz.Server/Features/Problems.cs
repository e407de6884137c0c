using Microsoft.AspNetCore.Mvc;

namespace AleppoQuiz.Server.Features;

/// <summary>The ProblemDetails bodies the API answers with, so every error reads the same way.</summary>
internal static class Problems
{
    public static ProblemDetails NotFound(string detail) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    };
}
