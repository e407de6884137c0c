using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher sets up a class on the classes page, hosts a class game for it, two students join by class code and
/// roster name and play to the podium, and the class's mastery report names both of them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ClassesInBrowserTests(BrowserFixture browser)
{
    private const string ClassName = "9C Fact-check";

    [Fact]
    public async Task A_class_made_on_the_classes_page_plays_a_class_game_and_shows_in_its_mastery_report()
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/classes.html");
        await TeacherAccount.RegisterAsync(page, "Ms Haddad");
        var code = await CreateClassAsync(page);
        await EditRosterAsync(page);
        AccessibilityTests.AssertNoBlockingViolations(await page.RunAxe());
        await browser.ScreenshotAsync(page, "teacher-classes");

        // The class's own "Host a class game" link preselects it on the host screen.
        await page.GetByRole(AriaRole.Link, new() { Name = "Host a class game" }).ClickAsync();
        var host = new HostScreen(page);
        await Expect(page.GetByLabel("Play as a class (optional)")).ToHaveValueAsync(ClassIdOf(page.Url));
        await page.Locator($"button[data-quiz-id='{DrillBank.QuizId}']").ClickAsync();
        var pin = await host.ExpectLobbyAsync();
        await Expect(page.Locator(".lobby-class-code")).ToHaveAttributeAsync("data-class-code", code);
        var joinHref = (await page.Locator(".join-url a").GetAttributeAsync("href"))!;
        Assert.Contains("/join-class.html?pin=" + pin, joinHref, StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "host-class-lobby");

        PlayerScreen[] students = [await JoinByClassCodeAsync(joinHref, code, "Amal"), await JoinByClassCodeAsync(joinHref, code, "Bilal")];
        await host.ExpectPlayersAsync("Amal", "Bilal");
        await PlayToThePodiumAsync(host, students);

        await page.GotoAsync("/classes.html?class=" + ClassIdOf(page.Url));
        await page.GetByRole(AriaRole.Link, new() { Name = "Mastery report" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Mastery by skill · {ClassName}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".mastery-table tbody th")).ToHaveTextAsync(["Amal", "Bilal"]);
    }

    private static async Task<string> CreateClassAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Classes", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Class name").FillAsync(ClassName);
        await page.GetByLabel("Students (optional)").FillAsync("Amal\n  Bilal  \n\nDana\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create class" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ClassName, Level = 2 })).ToBeFocusedAsync();
        await Expect(page.Locator(".student-name")).ToHaveTextAsync(["Amal", "Bilal", "Dana"]);
        var code = (await page.Locator(".class-code").GetAttributeAsync("data-code"))!;
        Assert.Matches("^[A-Z0-9]{6}$", code);
        await Expect(page.Locator(".class-row")).ToContainTextAsync(code);
        return code;
    }

    // Adds a name, corrects it, then takes Dana off the roster: Amal and Bilal stay to play.
    private static async Task EditRosterAsync(IPage page)
    {
        await page.GetByLabel("Add a student").FillAsync("Cyrus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.Locator(".student-name")).ToHaveTextAsync(["Amal", "Bilal", "Dana", "Cyrus"]);
        await Expect(page.GetByLabel("Add a student")).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Rename Cyrus" }).ClickAsync();
        await page.GetByLabel("New name for Cyrus").FillAsync("Cyra");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".student-name")).ToHaveTextAsync(["Amal", "Bilal", "Dana", "Cyra"]);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Cyra" }).ClickAsync();
        await Expect(page.Locator(".student-name")).ToHaveTextAsync(["Amal", "Bilal", "Dana"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Dana" }).ClickAsync();
        await Expect(page.Locator(".student-name")).ToHaveTextAsync(["Amal", "Bilal"]);
        await Expect(page.Locator(".class-row .class-meta")).ToContainTextAsync("2 students");
    }

    private async Task<PlayerScreen> JoinByClassCodeAsync(string joinHref, string code, string name)
    {
        var phone = await browser.NewPageAsync(360, 740);
        await phone.GotoAsync(joinHref);
        await phone.GetByLabel("Class code").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Show my class" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(phone.Locator(".my-name")).ToHaveTextAsync(name);
        return new PlayerScreen(phone, name);
    }

    private static async Task PlayToThePodiumAsync(HostScreen host, PlayerScreen[] students)
    {
        var key = await AnswerKey.LoadAsync(host.Page, DrillBank.QuizId);
        await host.StartAsync();
        for (var index = 0; index < 4; index++)
        {
            await host.ExpectQuestionAsync(index);
            await students[0].AnswerAsync(key, right: true);
            await students[1].AnswerAsync(key, right: index % 2 == 0);
            await host.ExpectRevealAsync(index);
            await host.NextAsync("Show leaderboard");
            await host.NextAsync(index < 3 ? "Next question" : "Show the podium");
        }

        var podium = await host.PodiumAsync();
        Assert.Equal("Amal", podium[1]);
    }

    private static string ClassIdOf(string url) => ClassParameter().Match(url).Groups[1].Value;

    [GeneratedRegex("[?&]class=([^&#]+)")]
    private static partial Regex ClassParameter();
}
