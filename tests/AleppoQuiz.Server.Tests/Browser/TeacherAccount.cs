using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher's account, made on the sign-in page the way a teacher makes one: a signed-out visitor to a teacher
/// page is sent there, registers, and is sent back.
/// </summary>
internal sealed partial class TeacherAccount(string name, string email)
{
    public const string Password = "correct horse battery";

    public string Name { get; } = name;

    public string Email { get; } = email;

    /// <summary>Registers on the sign-in page this page was sent to; returns once the page has been sent back.</summary>
    public static async Task<TeacherAccount> RegisterAsync(IPage page, string name)
    {
        await Expect(page).ToHaveURLAsync(SignInPage());
        var returnTo = new Uri(page.Url).Query;
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid().ToString("N")[..8]}@school.example";
        await page.GetByLabel("Your name, as students see it").FillAsync(name);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInPage());
        Assert.Contains("return=", returnTo, StringComparison.Ordinal);
        return new TeacherAccount(name, email);
    }

    [GeneratedRegex(@"/teacher\.html(\?|$)")]
    public static partial Regex SignInPage();
}
