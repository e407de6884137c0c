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

        group.MapPost("/register", async Task<Results<Created<AccountInfo>, ProblemHttpResult>> (RegisterRequest request, TeacherAccounts accounts, HttpContext http) =>
        {
            var (teacher, problem) = await accounts.RegisterAsync(request);
            if (teacher is null)
            {
                return TypedResults.Problem(problem, statusCode: problem!.Contains("already exists", StringComparison.Ordinal) ? 409 : 400, title: "Cannot register");
            }

            var principal = TeacherPrincipal.Create(teacher);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return TypedResults.Created("/api/account/me", principal.ToAccountInfo());
        })
        .RequireRateLimiting(AuthenticationSetup.SignInLimit)
        .WithSummary("Creates a teacher account and signs it in.");

        group.MapPost("/login", async Task<Results<Ok<AccountInfo>, ProblemHttpResult>> (SignInRequest request, TeacherAccounts accounts, HttpContext http) =>
        {
            var (teacher, problem) = await accounts.SignInAsync(request);
            if (teacher is null)
            {
                return TypedResults.Problem(problem, statusCode: StatusCodes.Status401Unauthorized, title: "Cannot sign in");
            }

            var principal = TeacherPrincipal.Create(teacher);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return TypedResults.Ok(principal.ToAccountInfo());
        })
        .RequireRateLimiting(AuthenticationSetup.SignInLimit)
        .WithSummary("Signs a teacher in with e-mail and password; repeated attempts are rate-limited.");

        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        })
        .RequireAuthorization()
        .RequireAntiforgeryHeader()
        .WithSummary("Signs the teacher out.");

        group.MapGet("/me", (HttpContext http) => TypedResults.Ok(http.User.ToAccountInfo()))
            .RequireAuthorization()
            .WithSummary("The signed-in teacher; 401 when nobody is signed in.");

        group.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!));
        })
        .WithSummary("A token to send in the named header with every signed-in write (protects against cross-site requests).");

        return group;
    }
}
