using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The homework page as a student works through it.</summary>
internal static class PracticeScreen
{
    /// <summary>
    /// Answers the open question with its first option and waits for the reveal. The answers appear once the server
    /// says reading time is over; single and true/false answer on a click, multi and order need their submit button.
    /// </summary>
    public static async Task AnswerFirstOptionAsync(IPage page)
    {
        var first = page.Locator("button.answer").First;
        await Expect(first).ToBeVisibleAsync();
        await first.ClickAsync();
        var submit = page.Locator("[data-action='submit']");
        if (await submit.CountAsync() > 0)
        {
            await submit.ClickAsync();
        }

        await Expect(page.Locator("section.reveal")).ToBeVisibleAsync();
    }

    /// <summary>
    /// On a multi-select question a picked option looks different from the others (a ticked box, not an empty one),
    /// and picking it again puts it back. Other kinds are left alone: a click there sends the answer.
    /// </summary>
    public static async Task ExpectPickedOptionsStandOutAsync(IPage page)
    {
        var toggles = page.Locator("button.answer[aria-pressed]");
        if (await toggles.CountAsync() == 0)
        {
            return;
        }

        var first = toggles.First;
        var unpicked = await TickAsync(first);
        await first.ClickAsync();
        await Expect(first).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.NotEqual(unpicked, await TickAsync(first));
        await first.ClickAsync();
        await Expect(first).ToHaveAttributeAsync("aria-pressed", "false");
    }

    private static Task<string> TickAsync(ILocator option) =>
        option.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content + ' ' + getComputedStyle(e, '::after').backgroundColor");
}
