using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// Accounts on the sign-in page: the registration form says everything that is wrong at once, a new account from
/// outside the open domains is told it awaits approval, the administrator approves it there and hands out an
/// invitation link that registers the next teacher already approved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountsInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_empty_registration_marks_every_field_and_a_short_password_shows_one_message()
    {
        var page = await browser.NewPageAsync(1280, 800);
        await page.GotoAsync("/teacher.html");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        foreach (var label in new[] { "Your name, as students see it", "E-mail address", "Password" })
        {
            await Expect(page.GetByLabel(label, new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        }

        await Expect(page.Locator("#account-name-error")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#account-email-error")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Your name, as students see it").FillAsync("Short Password");
        await page.GetByLabel("E-mail address").FillAsync($"short.{Guid.NewGuid():N}@school.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.Locator("#account-password-error")).ToHaveTextAsync(new Regex("at least 10 characters"));
        await Expect(page.Locator("#account-password-hint")).ToBeHiddenAsync();
        await Expect(page.Locator("#account-email-error")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task A_pending_teacher_is_told_to_wait_until_the_administrator_approves_and_invites_the_next_one()
    {
        var teacher = await browser.NewPageAsync(1280, 800);
        await teacher.GotoAsync("/library.html");
        await RegisterAsync(teacher, "Layla Pending", $"layla.{Guid.NewGuid():N}@elsewhere.example");
        await Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Waiting for approval" })).ToBeVisibleAsync();
        await Expect(teacher.GetByRole(AriaRole.Link, new() { Name = "Continue" })).ToHaveCountAsync(0);

        var admin = await browser.NewPageAsync(1280, 900);
        await admin.GotoAsync("/teacher.html");
        await admin.GetByLabel("E-mail address").FillAsync(BrowserServerFactory.AdminEmail);
        await admin.GetByLabel("Password").FillAsync(BrowserServerFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve Layla Pending" }).ClickAsync();
        await Expect(admin.GetByText("Layla Pending is approved.")).ToBeVisibleAsync();

        await teacher.ReloadAsync();
        await Expect(teacher.GetByRole(AriaRole.Link, new() { Name = "Continue" })).ToBeVisibleAsync();
        await Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Waiting for approval" })).ToHaveCountAsync(0);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Create an invitation link" }).ClickAsync();
        var link = await admin.GetByLabel("Invitation link").InputValueAsync();
        var invited = await browser.NewPageAsync(1280, 800);
        await invited.GotoAsync(link);
        await Expect(invited.GetByLabel("Invitation code (if you have one)")).ToHaveValueAsync(new Regex(@"^[\w-]{43}$"));
        await FillAndSubmitAsync(invited, "Karim Invited", $"karim.{Guid.NewGuid():N}@elsewhere.example");
        await Expect(invited).ToHaveURLAsync(new Regex(@"/library\.html$"));
    }

    private static async Task RegisterAsync(IPage page, string name, string email)
    {
        await Expect(page).ToHaveURLAsync(TeacherAccount.SignInPage());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await FillAndSubmitAsync(page, name, email);
    }

    private static async Task FillAndSubmitAsync(IPage page, string name, string email)
    {
        await page.GetByLabel("Your name, as students see it").FillAsync(name);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TeacherAccount.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
    }
}
