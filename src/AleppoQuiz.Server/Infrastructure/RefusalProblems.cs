using AleppoQuiz.Core.Game;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// The one place a refusal becomes an HTTP answer: ProblemDetails whose status follows from the refusal's kind and
/// whose <c>code</c> is the same one the live hub sends as "code: sentence", so pages and translations key off
/// codes whichever way a refusal reached them.
/// </summary>
internal static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this Refusal refusal, IReadOnlyDictionary<string, object?>? details = null)
    {
        var extensions = details is null ? [] : new Dictionary<string, object?>(details);
        extensions["code"] = refusal.Code;
        return TypedResults.Problem(refusal.Message, statusCode: StatusOf(refusal.Kind), title: TitleOf(refusal.Kind), extensions: extensions);
    }

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Gone => StatusCodes.Status410Gone,
        RefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RefusalKind.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
        RefusalKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A refusal kind without an HTTP status."),
    };

    // Titles name the sort of refusal only; what went wrong is in the detail and the code.
    private static string TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => "Not accepted",
        RefusalKind.Unauthenticated => "Not signed in",
        RefusalKind.Forbidden => "Not allowed",
        RefusalKind.NotFound => "Not found",
        RefusalKind.Conflict => "Conflict",
        RefusalKind.Gone => "No longer available",
        RefusalKind.TooLarge => "Too large",
        RefusalKind.UnsupportedType => "Unsupported type",
        RefusalKind.TooMany => "Too many requests",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A refusal kind without a title."),
    };
}
