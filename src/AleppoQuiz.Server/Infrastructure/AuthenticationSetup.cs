using System.Threading.RateLimiting;
using AleppoQuiz.Server.Features.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Teachers sign in with a cookie; players never do. API callers get 401/403 answers rather than redirects,
/// writes need the antiforgery header, and sign-in attempts are rate-limited per address.
/// </summary>
internal static class AuthenticationSetup
{
    public const string SignInLimit = "sign-in";
    public const string PracticeLimit = "practice-attempts";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static WebApplicationBuilder AddTeacherAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentTeacher, CurrentTeacher>();
        builder.Services.AddScoped<TeacherAccounts>();
        builder.Services.AddScoped<TeacherInvitations>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, PendingAccountResultHandler>();
        builder.Services.AddSingleton<AntiforgeryHeaderFilter>();
        builder.Services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        builder.Services.AddAuthorization(AccountPolicies.Configure);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "aleppoquiz.teacher";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Behind TLS the cookie never travels over plain HTTP; local plain-HTTP use keeps working.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.Events.OnRedirectToLogin = context => StatusOnly(context.Response, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusOnly(context.Response, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = AccountPolicies.RefreshAsync;
            });
        // Per client address; configurable because a school behind one address may need more.
        var attemptsPerMinute = builder.Configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10);
        var practiceAttemptsPerMinute = builder.Configuration.GetValue("Practice:AttemptsPerMinute", 120);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // Tells a client when to try again instead of letting it retry blindly.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Anonymous practice attempts, per address: a whole class behind one school address stays well within it.
            options.AddPolicy(PracticeLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = practiceAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.Services.AddHostedService<AdministratorSeeder>();
        return builder;
    }

    public static WebApplication UseTeacherAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    // A fetch from the page needs the status code, not an HTML login page it cannot show.
    private static Task StatusOnly(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
