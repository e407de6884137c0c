using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The homework page as a student works through it.</summary>
internal static partial class PracticeScreen
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
        var submit = page.GetByRole(AriaRole.Button, new() { NameRegex = SubmitButton() });
        if (await submit.CountAsync() > 0)
        {
            await submit.ClickAsync();
        }

        await Expect(page.Locator("section.reveal")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^Submit( order)?$")]
    private static partial Regex SubmitButton();
}
