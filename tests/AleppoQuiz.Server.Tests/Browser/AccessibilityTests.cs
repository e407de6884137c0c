using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// axe-core checks of the two screens everyone meets first, the join page and the host lobby (with a player in
/// it, so the kick button is checked too). Serious and critical violations fail the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task Join_page_has_no_serious_accessibility_violations()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/?pin=123456");
        await Expect(page.GetByLabel("Game PIN")).ToHaveValueAsync("123456");
        await browser.ScreenshotAsync(page, "player-join");

        // Keyboard focus is visible: tabbing from the nickname reaches "Random name", drawn with a solid outline.
        await page.GetByLabel("Nickname").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var suggest = page.GetByRole(AriaRole.Button, new() { Name = "Random name" });
        await Expect(suggest).ToBeFocusedAsync();
        await Expect(suggest).ToHaveCSSAsync("outline-style", "solid");

        AssertNoBlockingViolations(await page.RunAxe());
    }

    [Fact]
    public async Task Host_lobby_has_no_serious_accessibility_violations_and_kicks_a_player()
    {
        var host = await HostScreen.OpenAsync(browser);
        var (_, pin) = await host.HostShortestQuizAsync();
        var player = await PlayerScreen.JoinWithKeyboardAsync(browser, pin, "Dee");
        await host.ExpectPlayersAsync("Dee");

        AssertNoBlockingViolations(await host.Page.RunAxe());

        // A refused name is explained next to the nickname field, in the server's own words.
        var second = await browser.NewPageAsync(360, 740);
        await second.GotoAsync($"/?pin={pin}");
        await second.GetByLabel("Nickname").FillAsync("dee");
        await second.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Expect(second.Locator("#nickname-error")).ToContainTextAsync("already");
        await Expect(second.GetByLabel("Nickname")).ToHaveAttributeAsync("aria-invalid", "true");
        AssertNoBlockingViolations(await second.RunAxe());

        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Kick Dee" }).FocusAsync();
        await host.Page.Keyboard.PressAsync("Enter");
        await Expect(host.Page.Locator(".players .name")).ToHaveCountAsync(0);
        await Expect(player.Page.GetByRole(AriaRole.Heading, new() { Name = "Join a game" })).ToBeVisibleAsync();
        await Expect(player.Page.Locator(".notice")).Not.ToBeEmptyAsync();
    }

    internal static void AssertNoBlockingViolations(AxeResult result)
    {
        var blocking = result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToArray();
        Assert.True(blocking.Length == 0, string.Join(Environment.NewLine, blocking));
    }
}
