using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The teacher pages around the editor: signing in and out, the library's copy of a built-in quiz, reordering
/// questions and picking evidence from the keyboard, and an edit that meets a change made in another tab.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TeacherPagesInBrowserTests(BrowserFixture browser)
{
    private const string Template = "Four-question drill";

    [Fact]
    public async Task Sign_in_shows_the_servers_refusal_and_sign_out_leads_back_to_it()
    {
        var (library, teacher) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Sam Teacher");
        var page = library.Page;
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy to edit “Four-question drill”" })).ToBeVisibleAsync();
        AccessibilityTests.AssertNoBlockingViolations(await page.RunAxe());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to AleppoQuiz" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail address").FillAsync(teacher.Email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        var error = page.Locator("#account-form-error");
        await Expect(error).ToHaveTextAsync("The e-mail address or the password is wrong.");
        await Expect(error).ToHaveAttributeAsync("role", "alert");
        await browser.ScreenshotAsync(page, "teacher-sign-in-refused");
        AccessibilityTests.AssertNoBlockingViolations(await page.RunAxe());

        await page.GetByLabel("Password").FillAsync(TeacherAccount.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sam Teacher’s library" })).ToBeVisibleAsync();

        // Signed in, the host screen opens straight away.
        await page.GotoAsync("/host.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a quiz" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_copied_quiz_is_reordered_and_given_evidence_from_the_keyboard_and_a_stale_save_is_refused()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Kim Teacher");
        var page = library.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = $"Copy to edit “{Template}”" }).ClickAsync();
        var edit = page.GetByRole(AriaRole.Link, new() { Name = $"Edit “Copy of {Template}”" });
        await Expect(edit).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var editor = new EditorScreen(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Copy of {Template}", Level = 1 })).ToBeVisibleAsync();

        // Move the first question down with the keyboard: it becomes second, and focus stays on its arrow.
        var prompts = page.Locator(".question-row .q-prompt");
        var before = await prompts.AllInnerTextsAsync();
        await page.Locator(".question-row").First.Locator("[data-move='down']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#page-status")).ToHaveTextAsync("Moved to position 2 of 4.");
        await Expect(prompts).ToHaveTextAsync([before[1], before[0], before[2], before[3]]);
        await Expect(page.Locator(".question-row").Nth(1).Locator("[data-move='down']")).ToBeFocusedAsync();

        // Another tab saves a new title in between.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.GetByLabel("Quiz title", new() { Exact = true }).FillAsync("Drill, renamed elsewhere");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save title and description" }).ClickAsync();
        await Expect(other.Locator("#page-status")).ToHaveTextAsync("Title and description saved.");

        // This tab edits its second question, adding evidence found with the find box and picked from the keyboard.
        await page.Locator(".question-row").Nth(1).Locator("[data-action='edit']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit question 2" })).ToBeFocusedAsync();
        var chips = editor.Form.Locator(".evidence-chip");
        var chipCount = await chips.CountAsync();
        var text = await page.Locator("#article-text").TextContentAsync() ?? "";
        var phrase = text[..text.IndexOf(' ', 25)];
        await editor.Form.GetByLabel("Find words in the article (selects them)").FillAsync(phrase);
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.Form.Locator(".pending-quote")).ToHaveTextAsync($"Selected: “{phrase}”");
        await editor.Form.GetByRole(AriaRole.Button, new() { Name = "Use selection as evidence" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(chips).ToHaveCountAsync(chipCount + 1);
        await Expect(chips.Last.Locator(".chip-quote")).ToHaveTextAsync(phrase);
        await editor.ExpectNoProblemsAsync();

        // Saving on the old version is refused and explained; nothing is overwritten until the teacher reloads.
        await editor.Form.GetByRole(AriaRole.Button, new() { Name = "Save question" }).ClickAsync();
        await Expect(page.Locator(".conflict")).ToContainTextAsync("This quiz was changed in another tab");
        var reload = page.GetByRole(AriaRole.Button, new() { Name = "Reload the quiz" });
        await Expect(reload).ToBeFocusedAsync();
        await browser.ScreenshotAsync(page, "teacher-editor-conflict");
        await reload.ClickAsync();
        await Expect(page.Locator(".conflict")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drill, renamed elsewhere", Level = 1 })).ToBeVisibleAsync();
        await Expect(chips).ToHaveCountAsync(chipCount + 1);
        await editor.SaveAsync(before[0]);
        await Expect(prompts.Nth(1)).ToHaveTextAsync(before[0]);
    }

    [Fact]
    public async Task An_article_is_uploaded_as_a_text_file_and_a_file_of_another_kind_is_refused_beside_its_field()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Ali Teacher");
        var form = library.ArticleForm;
        await form.GetByLabel("An uploaded file").CheckAsync();
        var file = form.GetByLabel("Article file (.txt or .html)");
        await Expect(form.GetByLabel("Article text")).ToBeHiddenAsync();

        await file.SetInputFilesAsync(new FilePayload { Name = "story.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() });
        await form.GetByLabel("Outlet", new() { Exact = true }).FillAsync("The Levant Courier");
        await form.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
        await Expect(form.Locator("#article-file-error")).ToContainTextAsync("choose a plain-text (.txt) or web page (.html) file");
        await Expect(file).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(file).ToBeFocusedAsync();

        var story = "Residents of the eastern districts said the shelling stopped before dawn.\n\n\"It was quiet for the first time in weeks,\" said Huda Khalil, a teacher.\n"u8.ToArray();
        await file.SetInputFilesAsync(new FilePayload { Name = "quiet-dawn.txt", MimeType = "text/plain", Buffer = story });
        await form.GetByLabel("Title", new() { Exact = true }).FillAsync("A quiet dawn in the east");
        await form.GetByLabel("Date published").FillAsync("2026-11-18");
        await form.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
        await Expect(form.Locator(".import-done")).ToContainTextAsync("Imported “A quiet dawn in the east” (The Levant Courier, 2026-11-18).");
        await Expect(library.Page.GetByRole(AriaRole.List, new() { Name = "Your articles" }).Locator(".article-title")).ToHaveTextAsync(["A quiet dawn in the east"]);
        await Expect(form.Locator("#article-file-error")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Quizzes_go_out_and_come_back_through_files_and_an_import_without_evidence_is_marked_in_the_editor()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Noor Teacher");
        var page = library.Page;
        var status = page.Locator("#page-status");

        // Kahoot's sheet cannot hold every kind of question; the export says which it left out.
        var template = page.Locator(".quiz-row").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = Template }) });
        await template.GetByLabel($"Export format for “{Template}”").SelectOptionAsync("kahoot");
        var download = await page.RunAndWaitForDownloadAsync(() => template.GetByRole(AriaRole.Button, new() { Name = $"Export “{Template}”" }).ClickAsync());
        Assert.EndsWith(".kahoot.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await Expect(status).ToContainTextAsync($"Exported “{Template}” as Kahoot");
        await Expect(status).ToContainTextAsync("Left out:");

        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Import a quiz from a file" }) });
        await form.GetByLabel("Format").SelectOptionAsync("kahoot");
        await form.GetByLabel("Quiz file").SetInputFilesAsync(await download.PathAsync());
        await form.GetByRole(AriaRole.Button, new() { Name = "Import quiz" }).ClickAsync();
        await Expect(status).ToHaveTextAsync($"Imported “{Template}” with 2 questions.");

        // A question written in Moodle has no evidence yet: the import says so, and the editor marks it.
        var gift = "::Who called it a lie:: Who called the army's claim \"a lie meant for television\"? {\n=Abu Omar\n~Colonel Samir Haddad\n~A state television presenter\n}\n"u8.ToArray();
        await form.GetByLabel("Format").SelectOptionAsync("gift");
        await form.GetByLabel("Quiz file").SetInputFilesAsync(new FilePayload { Name = "citadel.gift.txt", MimeType = "text/plain", Buffer = gift });
        await form.GetByRole(AriaRole.Button, new() { Name = "Import quiz" }).ClickAsync();
        await Expect(status).ToContainTextAsync("1 still needs fixing");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Edit");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".question-list .notice")).ToHaveTextAsync("1 question needs fixing before this quiz can be hosted.");
        await Expect(page.Locator(".q-problem")).ToContainTextAsync("evidence");
        await browser.ScreenshotAsync(page, "teacher-editor-imported");
    }
}
