namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Every refusal the HTTP API answers goes through the problem details writer, which logs the ones an operator
/// looks for: failed and throttled sign-ins, and refused imports. They are the caller's mistake, not the
/// server's, so they are one structured line each, with the refusal's code and no stack trace.
/// </summary>
internal static partial class RefusalLog
{
    public static WebApplicationBuilder AddProblemDetailsWithRefusalLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusalLog));
            var code = context.ProblemDetails.Extensions.TryGetValue("code", out var value) ? value?.ToString() ?? "" : "";
            var path = http.Request.Path;
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (path.StartsWithSegments("/api/account/login"))
            {
                if (context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests)
                {
                    SignInThrottled(logger, address, http.Response.Headers.RetryAfter.ToString(), code);
                }
                else
                {
                    SignInFailed(logger, address, code);
                }
            }
            else if (IsImport(http.Request) && context.ProblemDetails.Status is >= 400 and < 500)
            {
                ImportRefused(logger, path.Value ?? "", code, context.ProblemDetails.Detail ?? "");
            }
        });
        return builder;
    }

    // Quizzes in other tools' formats (/api/quizzes/import/...) and teachers' own articles (POST /api/articles).
    private static bool IsImport(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Value?.Contains("/import", StringComparison.OrdinalIgnoreCase) == true
            || request.Path.StartsWithSegments("/api/articles"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in failed from {Address}: {Code}")]
    private static partial void SignInFailed(ILogger logger, string address, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in from {Address} throttled for {RetryAfterSeconds} s after repeated failures: {Code}")]
    private static partial void SignInThrottled(ILogger logger, string address, string retryAfterSeconds, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import refused at {Path}: {Code}: {Detail}")]
    private static partial void ImportRefused(ILogger logger, string path, string code, string detail);
}
