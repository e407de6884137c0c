using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features;

/// <summary>The ProblemDetails answers the API gives, so every error reads the same way.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>A caller who must wait: 429 with the refusal's code.</summary>
    public static ProblemHttpResult TooManyRequests(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
