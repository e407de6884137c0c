using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features;

/// <summary>The ProblemDetails answers the API gives, so every error reads the same way.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>
    /// A refusal a page reacts to: a machine-readable <c>code</c> (kebab-case, like the live protocol's refusal codes)
    /// beside the sentence a person reads.
    /// </summary>
    public static ProblemHttpResult Coded(
        string code, string detail, int status = StatusCodes.Status400BadRequest, string title = "Not accepted",
        IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: all);
    }

    /// <summary>A caller who must wait: 429 with the refusal's code.</summary>
    public static ProblemHttpResult TooManyRequests(string code, string detail) =>
        Coded(code, detail, StatusCodes.Status429TooManyRequests, "Too many requests");
}
