using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The host shuts the door from the projector: "Lock game" turns newcomers away until "Unlock", in the lobby and
/// during a question, and "Ban" removes a player who then cannot join again under another name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostAccessInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_host_locks_and_unlocks_the_game_and_bans_a_player_from_the_screen()
    {
        var host = await HostScreen.OpenAsync(browser);
        var (_, pin) = await host.HostShortestQuizAsync();
        var ana = await PlayerScreen.JoinAsync(browser, pin, "Ana");
        await host.ExpectPlayersAsync("Ana");

        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Lock game" }).ClickAsync();
        await Expect(host.Page.GetByText("Locked: nobody new can join.")).ToBeVisibleAsync();
        var late = await OpenJoinPageAsync(pin, "Ben");
        await Expect(late.GetByText("The host has locked this game")).ToBeVisibleAsync();

        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Expect(host.Page.GetByRole(AriaRole.Button, new() { Name = "Lock game" })).ToBeVisibleAsync();
        await late.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await host.ExpectPlayersAsync("Ana", "Ben");

        host.Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Ban Ana" }).ClickAsync();
        await host.ExpectPlayersAsync("Ben");
        await Expect(ana.Page.GetByText("The host removed you from this game.")).ToBeVisibleAsync();
        await ana.Page.GetByLabel("Game PIN").FillAsync(pin);
        await ana.Page.GetByLabel("Nickname").FillAsync("Anna");
        await ana.Page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Expect(ana.Page.GetByText("You were removed from this game by the host.")).ToBeVisibleAsync();
        await host.ExpectPlayersAsync("Ben");

        // During a question the lock is one button away too.
        await host.StartAsync();
        await host.ExpectQuestionAsync(0);
        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Lock game" }).ClickAsync();
        await Expect(host.Page.GetByRole(AriaRole.Button, new() { Name = "Unlock" })).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenJoinPageAsync(string pin, string nickname)
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync($"/?pin={pin}");
        await page.GetByLabel("Nickname").FillAsync(nickname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        return page;
    }
}
