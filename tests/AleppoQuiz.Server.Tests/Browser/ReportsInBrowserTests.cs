using System.Text.RegularExpressions;
using AleppoQuiz.Server.Features.Practice;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A student does homework on the practice page and opens their private results; a classmate's link and a wrong
/// token show nothing of it; the teacher reads the game's report and the class's mastery, on screen and in print.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReportsInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_homework_attempt_shows_in_the_students_results_and_the_teachers_report()
    {
        var teacher = await ReportsTeacherSession.RegisterAsync(browser);
        var schoolClass = await teacher.CreateClassAsync("Reports 5", "Nour", "Sami");
        var assignment = await teacher.AssignAsync(DrillBank.QuizId, schoolClass.Id);

        var nour = await browser.NewPageAsync(360, 740);
        await nour.GotoAsync(assignment.Link);
        await nour.GetByLabel("Class code").FillAsync(schoolClass.Code);
        await nour.GetByRole(AriaRole.Button, new() { Name = "Show my class" }).ClickAsync();
        await nour.GetByRole(AriaRole.Button, new() { Name = "Nour", Exact = true }).ClickAsync();
        for (var index = 0; index < 4; index++)
        {
            await Expect(nour.Locator("button.answer").First).ToBeVisibleAsync();
            await PracticeScreen.ExpectPickedOptionsStandOutAsync(nour);
            await PageChecks.CheckScreenAsync(browser, nour, $"practice-question-{index + 1}");
            await PracticeScreen.AnswerFirstOptionAsync(nour);
            await Expect(nour.Locator("section.reveal .evidence mark").First).ToBeVisibleAsync();
            await PageChecks.CheckScreenAsync(browser, nour, $"practice-reveal-{index + 1}");
            await nour.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await Expect(nour.GetByRole(AriaRole.Heading, new() { Name = "Homework done" })).ToBeVisibleAsync();
        var resultsHref = (await nour.Locator(".results-link a").GetAttributeAsync("href"))!;
        await nour.Locator(".results-link a").ClickAsync();
        await Expect(nour.GetByRole(AriaRole.Heading, new() { Name = "Nour: your answers" })).ToBeVisibleAsync();
        await Expect(nour.Locator(".result-question")).ToHaveCountAsync(4);
        await Expect(nour.Locator(".result-question .right-answer").First).Not.ToBeEmptyAsync();
        await Expect(nour.Locator(".result-question .evidence mark").First).ToBeVisibleAsync();
        await PageChecks.CheckScreenAsync(browser, nour, "student-results");

        await OthersSeeNothingAsync(assignment, schoolClass.Code, schoolClass.Students[1].Id, resultsHref);
        var gameId = Regex.Match(resultsHref, "game=([0-9a-f]+)").Groups[1].Value;
        await TeacherReadsTheReportAsync(teacher.Page, gameId, schoolClass.Id);
    }

    private async Task OthersSeeNothingAsync(AssignmentView assignment, string code, string samId, string nourHref)
    {
        var sami = await browser.NewPageAsync(360, 740);
        var started = await sami.APIRequest.PostAsync($"/api/practice/{assignment.Id}/attempts", new() { DataObject = new PracticeStart(null, code, samId) });
        var samiToken = (await ReportsTeacherSession.ReadAsync<PracticeStarted>(started)).Token;

        // Nour's game with Sami's token, then with a made-up one: the same clear "not found", nothing of Nour's.
        foreach (var token in new[] { samiToken, "not-a-real-token" })
        {
            await sami.GotoAsync(Regex.Replace(nourHref, "#token=.*$", $"#token={token}"));
            await Expect(sami.GetByRole(AriaRole.Heading, new() { Name = "No results here" })).ToBeVisibleAsync();
            await Expect(sami.GetByRole(AriaRole.Alert)).ToContainTextAsync("no results for this link");
            await Expect(sami.Locator(".result-question")).ToHaveCountAsync(0);
        }
    }

    private async Task TeacherReadsTheReportAsync(IPage page, string gameId, string classId)
    {
        await page.GotoAsync("/reports.html");
        await Expect(page.Locator(".games-table tbody tr")).ToHaveCountAsync(2);
        await page.Locator($".games-table a[href='?game={gameId}']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Four-question drill" })).ToBeVisibleAsync();
        await Expect(page.Locator(".report-summary .figure dd").First).ToHaveTextAsync("1");
        await Expect(page.Locator(".question-report svg.bar-chart")).ToHaveCountAsync(4);
        await Expect(page.Locator(".players-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".players-table tbody th")).ToHaveTextAsync("Nour");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download Excel" })).ToHaveAttributeAsync("href", new Regex(@"/export\.xlsx$"));
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Teacher pages" })).ToBeVisibleAsync();
        await PageChecks.CheckScreenAsync(browser, page, "teacher-game-report");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".report-summary .actions")).ToBeHiddenAsync();
        await browser.ScreenshotAsync(page, "teacher-game-report-print");
        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the printed game report");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync($"/reports.html?class={classId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mastery by skill · Reports 5" })).ToBeVisibleAsync();
        await Expect(page.Locator(".mastery-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator(".report-mastery svg.bar-chart")).ToBeVisibleAsync();
        await PageChecks.CheckScreenAsync(browser, page, "teacher-class-mastery");
        await page.GotoAsync("/reports.html");
        await Expect(page.Locator(".games-table tbody tr")).ToHaveCountAsync(2);
        await PageChecks.CheckScreenAsync(browser, page, "teacher-reports");
    }
}
