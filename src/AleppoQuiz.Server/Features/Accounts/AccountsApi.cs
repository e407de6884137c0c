using System.Globalization;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Accounts;

internal static class AccountsApi
{
    public static RouteGroupBuilder MapAccounts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Teacher accounts");

        group.MapPost("/register", async Task<Results<Accepted<RegistrationReceived>, ProblemHttpResult>> (RegisterRequest request, TeacherAccounts accounts, CancellationToken ct) =>
            await accounts.RegisterAsync(request, ct) is { } problem
                ? problem
                : TypedResults.Accepted("/api/account/me", new RegistrationReceived(AccountMessages.Registered)))
        .RequireRateLimiting(AuthenticationSetup.SignInLimit)
        .WithSummary("Registers a teacher; the same answer whether or not the address had an account. Sign in afterwards.");

        group.MapPost("/login", async Task<Results<Ok<AccountInfo>, ProblemHttpResult>> (SignInRequest request, TeacherAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var (teacher, problem, retryAfter) = await accounts.SignInAsync(request, address, ct);
            if (teacher is null)
            {
                if (retryAfter > TimeSpan.Zero)
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return problem!;
            }

            var principal = TeacherPrincipal.Create(teacher);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return TypedResults.Ok(principal.ToAccountInfo());
        })
        .RequireRateLimiting(AuthenticationSetup.SignInLimit)
        .WithSummary("Signs a teacher in with e-mail and password; wrong passwords slow further attempts from the same address (429 with Retry-After).");

        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        })
        .RequireAuthorization(AccountPolicies.SignedIn)
        .RequireAntiforgeryHeader()
        .WithSummary("Signs the teacher out.");

        group.MapGet("/me", (HttpContext http) => TypedResults.Ok(http.User.ToAccountInfo()))
            .RequireAuthorization(AccountPolicies.SignedIn)
            .WithSummary("The signed-in teacher, with the account's status (pending until approved); 401 when nobody is signed in.");

        group.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!));
        })
        .WithSummary("A token to send in the named header with every signed-in write (protects against cross-site requests).");

        return group;
    }
}
