using AleppoQuiz.Server.Tests.ClientApp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A find-the-evidence question with the projector and one phone in Arabic: the passage keeps its own English, left
/// to right, inside screens that read right to left, and no interface text is left in English. An English phone
/// answers from the keyboard beside the Arabic one, which taps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArabicFindEvidenceInBrowserTests(BrowserFixture browser)
{
    private static readonly InterfaceCatalogue Arabic = InterfaceCatalogue.Load("ar");

    [Fact]
    public async Task An_arabic_projector_and_phone_play_a_find_the_evidence_question()
    {
        var page = await browser.NewPageAsync(1280, 800, "ar");
        await page.GotoAsync("/host.html");
        await TeacherAccount.RegisterAsync(page, "أستاذ سامر", Arabic);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["picker.title"] })).ToBeVisibleAsync();
        var host = new HostScreen(page);
        var pin = await host.HostQuizAsync(FindEvidenceInBrowserTests.QuizId);
        var key = await AnswerKey.LoadAsync(page, FindEvidenceInBrowserTests.QuizId);
        var huda = await PlayerScreen.JoinAsync(browser, pin, "هدى", "ar", touch: true);
        var ben = await PlayerScreen.JoinAsync(browser, pin, "Ben");
        await host.ExpectPlayersAsync("هدى", "Ben");
        await page.GetByRole(AriaRole.Button, new() { Name = Arabic["lobby.start"] }).ClickAsync();

        await Expect(page.Locator(".kind-label")).ToHaveTextAsync(Arabic["evidence.kindLabel"]);
        var words = await huda.PassageWordsAsync();
        await Expect(huda.Page.Locator(".fe-how")).ToHaveTextAsync(Arabic["evidence.how"]);
        await Expect(huda.Page.Locator(".fe-choices")).ToHaveJSPropertyAsync("dir", "auto");
        Assert.Equal("ltr", await huda.Page.Locator(".fe-choices").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var question = key.For(await huda.Page.Locator("h1.prompt").InnerTextAsync());
        var evidence = EvidenceWords.Locate(words, question.Evidence[0].Quote);
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-evidence-host-question");
        await LanguageChecks.CheckArabicScreenAsync(browser, huda.Page, "ar-evidence-player-question");

        await huda.TapRunAsync(evidence.First, evidence.Last);
        await LanguageChecks.CheckArabicScreenAsync(browser, huda.Page, "ar-evidence-player-selected");
        await huda.SubmitSelectionAsync(tap: true);
        await LanguageChecks.CheckArabicScreenAsync(browser, huda.Page, "ar-evidence-player-locked");
        await ben.PassageWordsAsync();
        var starts = await ben.SentenceStartsAsync();
        await ben.SelectSentenceWithKeysAsync(EvidenceWords.SentenceOutside(starts, words.Length, evidence));
        await ben.SubmitSelectionAsync(tap: false);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["evidence.whereClassLooked"] })).ToBeVisibleAsync();
        await Expect(page.Locator(".fe-heatmap .fe-word.in-evidence")).ToHaveCountAsync(evidence.Count);
        await huda.ExpectEvidenceVerdictAsync("verdict-right", evidence.Count);
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-evidence-host-reveal");
        await PageChecks.AssertFitsProjectorAsync(browser, page, "[data-action='next']", "ar-evidence-host-reveal");
        await LanguageChecks.CheckArabicScreenAsync(browser, huda.Page, "ar-evidence-player-reveal");
    }
}
