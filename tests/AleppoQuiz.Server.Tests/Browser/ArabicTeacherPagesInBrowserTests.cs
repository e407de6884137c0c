using AleppoQuiz.Server.Tests.ClientApp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher whose browser prefers Arabic: every teacher page, the homework dialog and a student's homework read
/// right to left in Arabic with nothing left in English, fit every width, and are kept as screenshots; the
/// language switcher then turns a page back to English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArabicTeacherPagesInBrowserTests(BrowserFixture browser)
{
    private const string Teacher = "سلمى الحلبي";
    private const string ClassName = "التاريخ 9ب";
    private const string Drill = "Four-question drill";

    private static readonly InterfaceCatalogue Words = InterfaceCatalogue.Load("ar");

    [Fact]
    public async Task Teacher_pages_and_homework_read_right_to_left_in_arabic()
    {
        var page = await browser.NewPageAsync(1280, 800, "ar");
        await page.GotoAsync("/library.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["account.signInTitle"] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-teacher-sign-in");
        await TeacherAccount.RegisterAsync(page, Teacher, Words);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["library.titleOf", ("name", Teacher)] })).ToBeVisibleAsync();
        await Expect(page.Locator("#templates .quiz-row").First).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-library");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the library");

        var link = await AssignHomeworkAsync(page);
        await HomeworkAsStudentAsync(link);

        await page.GotoAsync("/classes.html");
        await page.GetByLabel(Words["classes.name"]).FillAsync(ClassName);
        await page.GetByLabel(Words["classes.roster"]).FillAsync("ريم\nسامي\nنور");
        await page.GetByRole(AriaRole.Button, new() { Name = Words["classes.create"] }).ClickAsync();
        await Expect(page.Locator(".student-rows li")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["classes.studentsCount", ("n", await LanguageChecks.ArabicNumberAsync(page, 3))] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-classes");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the classes page");

        await page.GotoAsync("/claims.html");
        await Expect(page.Locator(".claims-table")).ToBeVisibleAsync();
        await Expect(page.Locator(".map-draft").First).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-claims");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the claims map");

        await page.GotoAsync("/library.html");
        await page.GetByLabel(Words["newQuiz.name"]).FillAsync("اختبار الإسناد");
        await page.GetByRole(AriaRole.Button, new() { Name = Words["newQuiz.create"] }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Words["editor.addQuestion"] }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["editor.newQuestion"] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-editor");

        await page.GotoAsync("/host.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["picker.title"] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-host-picker");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the host's quiz picker");

        await page.GotoAsync("/reports.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["nav.reports"], Level = 1 })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-reports");

        await page.GotoAsync("/results.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Words["results.aboutTitle"] })).ToBeVisibleAsync();
        await Expect(page.GetByText(Words["results.about"])).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-results-without-link");

        // The switcher on the page turns it to English, and the choice holds on the next page.
        await page.GetByLabel(Words["language.choose"]).SelectOptionAsync("en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your answers after a game" })).ToBeVisibleAsync();
        await page.GotoAsync("/library.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{Teacher}’s library" })).ToBeVisibleAsync();
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the library in English");
    }

    /// <summary>Assigns the drill as homework without a class from its dialog; returns the link to share.</summary>
    private async Task<string> AssignHomeworkAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"{Words["quizzes.assign"]} “{Drill}”" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel(Words["homework.class"])).ToBeFocusedAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-homework-dialog");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the homework dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Words["homework.assign"], Exact = true }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = Words["homework.ready"] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-homework-ready");
        await LanguageChecks.AssertNamesSayTheirLabelsAsync(page, "the homework link");
        var link = await dialog.Locator("#homework-link").InputValueAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Words["common.done"] }).ClickAsync();

        // Arabic counts nothing in its own words: the plural form for zero.
        await Expect(page.Locator(".assignment-row .attempts")).ToHaveTextAsync(Words.Entries["homework.attempts"]["zero"]);
        return link;
    }

    /// <summary>A student on an Arabic phone starts the homework and answers its first question.</summary>
    private async Task HomeworkAsStudentAsync(string link)
    {
        var student = await browser.NewPageAsync(360, 740, "ar");
        await student.GotoAsync(link);
        await student.GetByLabel(Words["practice.name"]).FillAsync("ريم");
        await LanguageChecks.CheckArabicScreenAsync(browser, student, "ar-homework-start");
        await student.GetByRole(AriaRole.Button, new() { Name = Words["practice.start"] }).ClickAsync();
        await Expect(student.Locator("button.answer").First).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, student, "ar-homework-question");
        await PracticeScreen.AnswerFirstOptionAsync(student);
        await LanguageChecks.CheckArabicScreenAsync(browser, student, "ar-homework-reveal");
    }
}
