using System.Security.Claims;
using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>How a signed-in teacher is carried in the auth cookie, and read back.</summary>
internal static class TeacherPrincipal
{
    public const string AdministratorClaim = "aleppoquiz:admin";

    public static ClaimsPrincipal Create(Teacher teacher) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, teacher.Id),
            new Claim(ClaimTypes.Email, teacher.Email),
            new Claim(ClaimTypes.Name, teacher.DisplayName),
            new Claim(AdministratorClaim, teacher.IsAdministrator ? "true" : "false"),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in teacher's id; only call behind authorization.</summary>
    public static string TeacherId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No teacher is signed in.");

    public static AccountInfo ToAccountInfo(this ClaimsPrincipal user) => new(
        user.TeacherId(),
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue(AdministratorClaim) == "true");
}
