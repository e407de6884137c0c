using System.Text.RegularExpressions;
using AleppoQuiz.Server.Tests.ClientApp;
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

    /// <summary>
    /// Registers on the sign-in page this page was sent to, reading it in the language of <paramref name="words"/>
    /// (English unless given); returns once the page has been sent back.
    /// </summary>
    public static async Task<TeacherAccount> RegisterAsync(IPage page, string name, InterfaceCatalogue? words = null)
    {
        words ??= InterfaceCatalogue.Load("en");
        await Expect(page).ToHaveURLAsync(SignInPage());
        var returnTo = new Uri(page.Url).Query;
        await page.GetByRole(AriaRole.Button, new() { Name = words["account.createOne"] }).ClickAsync();
        var email = $"teacher.{Guid.NewGuid().ToString("N")[..12]}@school.example";
        await page.GetByLabel(words["account.name"]).FillAsync(name);
        await page.GetByLabel(words["account.email"]).FillAsync(email);
        await page.GetByLabel(words["account.password"]).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = words["account.create"], Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInPage());
        Assert.Contains("return=", returnTo, StringComparison.Ordinal);
        return new TeacherAccount(name, email);
    }

    [GeneratedRegex(@"/teacher\.html(\?|$)")]
    public static partial Regex SignInPage();
}
