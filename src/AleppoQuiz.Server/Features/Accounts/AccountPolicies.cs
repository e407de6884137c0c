using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Who may do what. The default policy, behind every plain <c>RequireAuthorization()</c>, asks for an approved
/// account, so an account awaiting approval reaches no answers anywhere without each endpoint saying so;
/// <see cref="SignedIn"/> lets it reach its own account, <see cref="Administrator"/> guards approvals.
/// </summary>
internal static class AccountPolicies
{
    public const string SignedIn = "signed-in";
    public const string Administrator = "administrator";

    public static void Configure(AuthorizationOptions options)
    {
        options.DefaultPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(TeacherPrincipal.StatusClaim, TeacherPrincipal.StatusName(AccountStatus.Approved))
            .Build();
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        options.AddPolicy(Administrator, policy => policy.Combine(options.DefaultPolicy).RequireClaim(TeacherPrincipal.AdministratorClaim, "true"));
    }

    /// <summary>
    /// Reads the account again on every signed-in request, so an approval takes effect at once and a refused or
    /// removed account loses its cookie: one lookup by primary key.
    /// </summary>
    public static async Task RefreshAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.Identity?.IsAuthenticated == true ? context.Principal.TeacherId() : null;
        var db = context.HttpContext.RequestServices.GetRequiredService<QuizDbContext>();
        var teacher = id is null ? null : await db.Teachers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, context.HttpContext.RequestAborted);
        if (teacher is null || teacher.Status == AccountStatus.Refused)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var current = context.Principal!.ToAccountInfo();
        if (current.Status != TeacherPrincipal.StatusName(teacher.Status) || current.IsAdministrator != teacher.IsAdministrator)
        {
            context.ReplacePrincipal(TeacherPrincipal.Create(teacher));
            context.ShouldRenew = true;
        }
    }
}

/// <summary>
/// A signed-in account that is refused only because it awaits approval is told so with a coded ProblemDetails, so
/// its pages can say why rather than show a bare 403.
/// </summary>
internal sealed class PendingAccountResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true && !context.User.IsApproved())
        {
            await AccountRefusals.Pending.ToProblem().ExecuteAsync(context);
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
