using Scalar.AspNetCore;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// The HTTP API described for programs (<c>/openapi/v1.json</c>) and for people: a reference page over the same
/// document at <c>/api-reference</c>, where each endpoint can be read and tried.
/// </summary>
internal static class ApiReference
{
    public const string PagePath = "/api-reference";

    public static WebApplicationBuilder AddApiReference(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        // The page resolves the document's address from the site's root, where MapOpenApi serves it.
        app.MapScalarApiReference(PagePath, options => options.WithTitle("AleppoQuiz API"));
    }
}
