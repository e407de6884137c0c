using AleppoQuiz.Server.Tests.ClientApp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A type-answer question and a poll played in Arabic: the lobby with its lock and ban controls, the answer box, the
/// locked screen, both reveals and the leaderboard after the poll read right to left with no English interface text.
/// An English phone plays beside the Arabic one, so the Arabic phone's locked screen waits for it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArabicTypedAndPollInBrowserTests(BrowserFixture browser)
{
    private const string NextButton = "[data-action='next']";

    private static readonly InterfaceCatalogue Arabic = InterfaceCatalogue.Load("ar");

    [Fact]
    public async Task An_arabic_host_and_phone_play_a_typed_answer_and_a_poll()
    {
        var page = await browser.NewPageAsync(1280, 800, "ar");
        await page.GotoAsync("/host.html");
        await TeacherAccount.RegisterAsync(page, "أستاذة رنا", Arabic);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["picker.title"] })).ToBeVisibleAsync();
        var host = new HostScreen(page);
        var pin = await host.HostQuizAsync(DrillBank.TypedPollQuizId);
        var key = await AnswerKey.LoadAsync(page, DrillBank.TypedPollQuizId);
        var leila = await PlayerScreen.JoinAsync(browser, pin, "ليلى", "ar");
        var ben = await PlayerScreen.JoinAsync(browser, pin, "Ben");
        await host.ExpectPlayersAsync("ليلى", "Ben");
        await Expect(page.Locator(".lock-control button")).ToHaveTextAsync(Arabic["host.lock"]);
        await Expect(page.Locator(".players button").Filter(new() { HasText = Arabic["host.ban"] })).ToHaveCountAsync(2);
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-typed-host-lobby");
        await page.GetByRole(AriaRole.Button, new() { Name = Arabic["lobby.start"] }).ClickAsync();

        // The type-answer question: the projector names the kind, the phone offers a box to type in.
        await Expect(page.Locator(".kind-label")).ToHaveTextAsync(Arabic["kind.typeLabel"]);
        await Expect(leila.Page.Locator("#typed-answer")).ToBeVisibleAsync();
        await Expect(leila.Page.Locator("label.typed-label")).ToHaveTextAsync(Arabic["kind.typeFieldLabel"]);
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-typed-host-question");
        await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-typed-player-question");
        var canonical = key.For(await leila.Page.Locator("h1.prompt").InnerTextAsync()).Accepted[0];
        await leila.Page.Locator("#typed-answer").FillAsync(canonical);
        await leila.Page.Locator("#typed-answer").PressAsync("Enter");
        await Expect(leila.Page.Locator(".your-typed .typed-text")).ToHaveTextAsync(Arabic["kind.youTyped", ("text", canonical)]);
        await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-typed-player-locked");

        await Expect(ben.Page.Locator("#typed-answer")).ToBeVisibleAsync();
        await ben.Page.Locator("#typed-answer").FillAsync("Associated Press");
        await ben.Page.Locator("#typed-answer").PressAsync("Enter");
        await Expect(page.Locator(".typed-group.is-accepted .correct-mark")).ToContainTextAsync(Arabic["kind.typedRight"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["kind.classTyped"] })).ToBeVisibleAsync();
        await Expect(leila.Page.Locator(".your-typed .typed-verdict")).ToHaveTextAsync(Arabic["kind.typedRight"]);
        await Expect(ben.Page.Locator(".your-typed .typed-verdict")).ToHaveTextAsync("Not accepted");
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-typed-host-reveal");
        await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-typed-player-reveal");
        await NextAsync(page, Arabic["host.showLeaderboard"]);
        await NextAsync(page, Arabic["host.nextQuestion"]);

        // The poll: no right answer anywhere, no points, and the leaderboard says why it did not move.
        await Expect(page.Locator(".kind-label")).ToHaveTextAsync(Arabic["kind.pollLabel"]);
        await Expect(leila.Page.Locator(".kind-note")).ToHaveTextAsync(Arabic["kind.pollNote"]);
        await Expect(leila.Page.Locator(".answers button.answer").First).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-poll-player-question");
        await leila.Page.Locator(".answers button.answer").First.ClickAsync();
        await Expect(ben.Page.Locator(".answers button.answer").First).ToBeVisibleAsync();
        await ben.Page.Locator(".answers button.answer").Nth(1).ClickAsync();
        await Expect(leila.Page.Locator("section.reveal h1")).ToHaveTextAsync(Arabic["kind.pollThanks"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["kind.pollSpread"] })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["kind.pollDiscuss"] })).ToBeVisibleAsync();
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-poll-host-reveal");
        await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-poll-player-reveal");
        await NextAsync(page, Arabic["host.showLeaderboard"]);
        await Expect(page.Locator(".leaderboard-note")).ToHaveTextAsync(Arabic["kind.pollLeaderboard"]);
        await LanguageChecks.CheckArabicScreenAsync(browser, page, "ar-poll-host-leaderboard");
    }

    private static async Task NextAsync(IPage page, string label)
    {
        var next = page.Locator(NextButton);
        await Expect(next).ToHaveTextAsync(label);
        await next.ClickAsync();
    }
}
