using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// Homework from the library: the teacher assigns a quiz, copies the link, a student does the homework from it,
/// and the library counts the attempt and links to its results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HomeworkInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_quiz_assigned_from_the_library_is_done_from_its_link_and_counted()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Mr Nasser");
        var page = library.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign as homework “Four-question drill”" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Class (optional)")).ToBeFocusedAsync();
        await dialog.GetByLabel("Deadline (optional)").FillAsync(DateTime.Now.AddDays(7).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Homework ready" })).ToBeVisibleAsync();
        var link = await dialog.GetByLabel("Homework link for “Four-question drill”", new() { Exact = true }).InputValueAsync();
        Assert.Matches(PracticeLink(), link);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Copy link: Homework link for “Four-question drill”" }).ClickAsync();
        await Expect(page.Locator("#page-status")).ToHaveTextAsync(new Regex("^(Link copied|Select the link)"));
        await browser.ScreenshotAsync(page, "teacher-homework-link");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        var row = page.Locator(".assignment-row");
        await Expect(row.Locator(".attempts")).ToHaveTextAsync("0 attempts");

        var student = await browser.NewPageAsync(360, 740);
        await student.GotoAsync(link);
        await student.GetByLabel("Your name").FillAsync("Rami");
        await student.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        for (var index = 0; index < 4; index++)
        {
            await PracticeScreen.AnswerFirstOptionAsync(student);
            await student.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Homework done" })).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(row.Locator(".attempts")).ToHaveTextAsync("1 attempt");
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Results “") }).ClickAsync();
        await Expect(page.Locator(".games-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".games-table tbody tr td").Nth(2)).ToHaveTextAsync("Practice");
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/practice\.html\?assignment=hw-[0-9a-f]+$")]
    private static partial Regex PracticeLink();
}
