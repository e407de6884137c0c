using System.Text.RegularExpressions;
using AleppoQuiz.Server.Tests.ClientApp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A whole live game in Arabic: the host's projector and one phone read right to left in Arabic, while a second
/// phone in the same game plays in English. Each phase is checked and kept as screenshots in both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArabicGameInBrowserTests(BrowserFixture browser)
{
    private const string NextButton = "[data-action='next']";

    private static readonly InterfaceCatalogue Arabic = InterfaceCatalogue.Load("ar");

    [Fact]
    public async Task An_arabic_host_and_phone_play_to_the_end_beside_an_english_phone()
    {
        var page = await browser.NewPageAsync(1280, 800, "ar");
        await page.GotoAsync("/host.html");
        await TeacherAccount.RegisterAsync(page, "أستاذ سامر", Arabic);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["picker.title"] })).ToBeVisibleAsync();
        var host = new HostScreen(page);
        var (quizId, pin) = await host.HostShortestQuizAsync();
        var key = await AnswerKey.LoadAsync(page, quizId);

        var leila = await PlayerScreen.JoinAsync(browser, pin, "ليلى", "ar");
        var ben = await PlayerScreen.JoinAsync(browser, pin, "Ben");
        await host.ExpectPlayersAsync("ليلى", "Ben");
        await Expect(page.Locator("#roster-title")).ToHaveTextAsync(Arabic.Entries["common.players"]["two"]);
        await CheckPhaseAsync("lobby", page, leila, ben);
        await page.GetByRole(AriaRole.Button, new() { Name = Arabic["lobby.start"] }).ClickAsync();

        var total = key.QuestionCount;
        for (var index = 0; index < total; index++)
        {
            // The first question is checked on every screen; later ones on the Arabic host and phone.
            var all = index == 0;
            await Expect(page.Locator(".host-question .counter")).ToHaveTextAsync(await CounterAsync(page, index, total));
            await leila.ExpectAnsweringAsync();
            await ben.ExpectAnsweringAsync();
            await CheckPhaseAsync($"question-{index + 1}", page, leila, all ? ben : null);

            await leila.AnswerAsync(key, right: true);
            await leila.ExpectOwnAnswerShownAsync();
            if (all)
            {
                await LanguageChecks.CheckArabicScreenAsync(browser, leila.Page, "ar-player-locked-1");
            }

            await ben.AnswerAsync(key, right: index % 2 == 1);
            await Expect(page.Locator(".host-reveal .counter")).ToHaveTextAsync(await CounterAsync(page, index, total));
            await Expect(page.Locator(".bar-chart .bar-row").First).ToBeVisibleAsync();
            await leila.ExpectVerdictAsync(true);
            await ben.ExpectVerdictAsync(index % 2 == 1);
            await CheckPhaseAsync($"reveal-{index + 1}", page, leila, all ? ben : null);
            await PageChecks.AssertFitsProjectorAsync(browser, page, NextButton, $"ar-host-reveal-{index + 1}");

            await NextAsync(page, Arabic["host.showLeaderboard"]);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["standings.leaderboard"] })).ToBeVisibleAsync();
            await Expect(leila.Page.GetByRole(AriaRole.Heading, new() { Name = Arabic["player.top"] })).ToBeVisibleAsync();
            await CheckPhaseAsync($"leaderboard-{index + 1}", page, leila, all ? ben : null);
            await PageChecks.AssertFitsProjectorAsync(browser, page, NextButton, $"ar-host-leaderboard-{index + 1}");
            await NextAsync(page, index + 1 < total ? Arabic["host.nextQuestion"] : Arabic["host.showPodium"]);
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["standings.podium"] })).ToBeVisibleAsync();
        Assert.Equal("1", await leila.Page.Locator(".final-rank").GetAttributeAsync("data-rank"));
        await CheckPhaseAsync("podium", page, leila, ben);
        await PageChecks.AssertFitsProjectorAsync(browser, page, NextButton, "ar-host-podium");

        await NextAsync(page, Arabic["host.end"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Arabic["standings.final"] })).ToBeVisibleAsync();
        await Expect(leila.Page.Locator(".final .counter")).ToHaveTextAsync(Arabic["player.gameOver"]);
        await Expect(ben.Page.Locator(".final .counter")).ToHaveTextAsync("Game over");
        await CheckPhaseAsync("final", page, leila, ben);
    }

    /// <summary>The Arabic host and phone pass the Arabic and page checks; the English phone stays in English.</summary>
    private async Task CheckPhaseAsync(string phase, IPage host, PlayerScreen arabic, PlayerScreen? english)
    {
        await LanguageChecks.CheckArabicScreenAsync(browser, host, $"ar-host-{phase}");
        await LanguageChecks.CheckArabicScreenAsync(browser, arabic.Page, $"ar-player-{phase}");
        if (english is not null)
        {
            await Expect(english.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
            await PageChecks.CheckScreenAsync(browser, english.Page, $"en-player-beside-arabic-{phase}");
        }
    }

    private static async Task<Regex> CounterAsync(IPage page, int index, int total) =>
        new($"^{Regex.Escape(Arabic["question.counter", ("n", await LanguageChecks.ArabicNumberAsync(page, index + 1)), ("total", await LanguageChecks.ArabicNumberAsync(page, total))])}$");

    private static async Task NextAsync(IPage page, string label)
    {
        var next = page.Locator(NextButton);
        await Expect(next).ToHaveTextAsync(label);
        await next.ClickAsync();
    }
}
