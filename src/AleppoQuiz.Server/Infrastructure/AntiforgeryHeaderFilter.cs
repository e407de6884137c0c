using AleppoQuiz.Core.Game;
using Microsoft.AspNetCore.Antiforgery;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Cookie-authenticated writes must carry the antiforgery token in a header, which another site's page cannot
/// read or set; a request without it is refused before the endpoint runs.
/// </summary>
internal sealed class AntiforgeryHeaderFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public static Refusal MissingToken { get; } = new(
        RefusalKind.Invalid, "antiforgery-missing", "This request lacks a valid antiforgery token. Reload the page and try again.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return MissingToken.ToProblem();
        }

        return await next(context);
    }
}

internal static class AntiforgeryHeaderExtensions
{
    public static TBuilder RequireAntiforgeryHeader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = factory.ApplicationServices.GetRequiredService<AntiforgeryHeaderFilter>();
            return context => filter.InvokeAsync(context, next);
        });
}
