using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A find-the-evidence question as homework on a laptop: the student drags the mouse across the evidence, and the
/// reveal frames the evidence in the passage with the student's own words marked, as in a live game.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeworkFindEvidenceInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_student_drags_across_the_evidence_at_home()
    {
        var teacher = await ReportsTeacherSession.RegisterAsync(browser);
        var assignment = await teacher.AssignAsync(FindEvidenceInBrowserTests.QuizId, null);
        var key = await AnswerKey.LoadAsync(teacher.Page, FindEvidenceInBrowserTests.QuizId);

        var student = await browser.NewPageAsync(1280, 800);
        await student.GotoAsync(assignment.Link);
        await student.GetByLabel("Your name").FillAsync("Rana");
        await student.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        // The passage can be read before answering opens; then its words can be selected.
        await Expect(student.Locator(".fe-passage .fe-text")).ToBeVisibleAsync();
        var passage = student.Locator("[role='listbox'].fe-choices");
        await Expect(passage).ToBeVisibleAsync();
        var words = await passage.Locator(".fe-word").EvaluateAllAsync<string[]>("words => words.map(w => w.textContent)");
        var evidence = EvidenceWords.Locate(words, key.For(await student.Locator("h1.prompt").InnerTextAsync()).Evidence[0].Quote);
        await PageChecks.CheckScreenAsync(browser, student, "practice-evidence-question");

        var from = await Centre(passage.Locator($".fe-word[data-word-id='{evidence.First}']"));
        var to = await Centre(passage.Locator($".fe-word[data-word-id='{evidence.Last}']"));
        await student.Mouse.MoveAsync(from.X, from.Y);
        await student.Mouse.DownAsync();
        await student.Mouse.MoveAsync(to.X, to.Y, new() { Steps = 8 });
        await student.Mouse.UpAsync();
        await Expect(passage.Locator(".fe-word.is-selected")).ToHaveCountAsync(evidence.Count);
        await Expect(student.Locator(".fe-chosen")).ToContainTextAsync($"{evidence.Count} words selected:");
        await student.Locator(".fe-actions [data-action='submit']").ClickAsync();

        await Expect(student.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", "verdict-right");
        await Expect(student.Locator(".fe-marked .fe-word.in-evidence")).ToHaveCountAsync(evidence.Count);
        await Expect(student.Locator(".fe-marked .fe-word.is-yours")).ToHaveCountAsync(evidence.Count);
        await PageChecks.CheckScreenAsync(browser, student, "practice-evidence-reveal");
    }

    private static async Task<(float X, float Y)> Centre(ILocator word)
    {
        await word.ScrollIntoViewIfNeededAsync();
        var box = await word.BoundingBoxAsync() ?? throw new InvalidOperationException("The word is not on screen.");
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }
}
