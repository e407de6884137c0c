using System.Security.Claims;
using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>How a signed-in teacher is carried in the auth cookie, and read back.</summary>
internal static class TeacherPrincipal
{
    public const string AdministratorClaim = "aleppoquiz:admin";
    public const string StatusClaim = "aleppoquiz:status";

    public static ClaimsPrincipal Create(Teacher teacher) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, teacher.Id),
            new Claim(ClaimTypes.Email, teacher.Email),
            new Claim(ClaimTypes.Name, teacher.DisplayName),
            new Claim(AdministratorClaim, teacher.IsAdministrator ? "true" : "false"),
            new Claim(StatusClaim, StatusName(teacher.Status)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static string StatusName(AccountStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The signed-in teacher's id; only call behind authorization.</summary>
    public static string TeacherId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No teacher is signed in.");

    /// <summary>Signed in with an account an administrator approved (or that was invited or on an open domain).</summary>
    public static bool IsApproved(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(StatusClaim) == StatusName(AccountStatus.Approved);

    public static AccountInfo ToAccountInfo(this ClaimsPrincipal user) => new(
        user.TeacherId(),
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue(AdministratorClaim) == "true",
        user.FindFirstValue(StatusClaim) ?? StatusName(AccountStatus.Pending));
}
