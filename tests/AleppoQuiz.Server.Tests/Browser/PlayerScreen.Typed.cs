using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The phone's type-answer box and poll screens, driven the way a student would.</summary>
internal sealed partial class PlayerScreen
{
    private ILocator TypedBox => Page.Locator("#typed-answer");

    /// <summary>
    /// Waits for the answer box and checks it is made for short names: no autocorrect or suggestions, the server's
    /// length limit. With the on-screen keyboard up, about 380 of a 360×640 phone's pixels are left; the box and its
    /// Submit button both show in them once the box has focus.
    /// </summary>
    public async Task ExpectTypingBoxAsync()
    {
        await Expect(TypedBox).ToBeVisibleAsync();
        await Expect(TypedBox).ToHaveAttributeAsync("autocomplete", "off");
        await Expect(TypedBox).ToHaveAttributeAsync("autocorrect", "off");
        await Expect(TypedBox).ToHaveAttributeAsync("spellcheck", "false");
        await Expect(TypedBox).ToHaveAttributeAsync("maxlength", "100");
        var original = Page.ViewportSize!;
        await Page.SetViewportSizeAsync(360, 380);
        try
        {
            await TypedBox.FocusAsync();
            await TypedBox.ScrollIntoViewIfNeededAsync();
            await PageChecks.AssertInWindowAsync(Page, "the answer box above a phone's keyboard", "#typed-answer", SubmitControl);
        }
        finally
        {
            await Page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    /// <summary>Types an answer and sends it with Enter (or the Submit button), then sees it repeated back.</summary>
    public async Task TypeAnswerAsync(string text, bool pressEnter)
    {
        await TypedBox.FillAsync(text);
        if (pressEnter)
        {
            await TypedBox.PressAsync("Enter");
        }
        else
        {
            await Page.Locator(SubmitControl).ClickAsync();
        }

        await Expect(Page.Locator(".your-typed .typed-text")).ToHaveTextAsync($"You typed: {text.Trim()}");
    }

    /// <summary>The reveal on the phone: the verdict, what was typed marked accepted or not, and the accepted answer.</summary>
    public async Task ExpectTypedRevealAsync(string typed, bool accepted, string canonical)
    {
        await Expect(Page.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", accepted ? "verdict-right" : "verdict-wrong");
        await Expect(Page.Locator(".your-typed .typed-text")).ToHaveTextAsync($"You typed: {typed.Trim()}");
        await Expect(Page.Locator(".your-typed .typed-verdict")).ToHaveTextAsync(accepted ? "Accepted" : "Not accepted");
        await Expect(Page.Locator(".accepted-answers .accepted-answer").First).ToHaveTextAsync(canonical);
    }

    /// <summary>Votes in a poll by display position; the phone says it is a poll first. Returns the option's text.</summary>
    public async Task<string> VoteAsync(int position)
    {
        await ExpectAnsweringAsync();
        await Expect(Page.Locator(".kind-note")).ToContainTextAsync("no right answer");
        var option = Page.Locator(".answers button.answer").Nth(position);
        var text = await option.Locator(".option-text").InnerTextAsync();
        lastAnswer = [text];
        await option.ClickAsync();
        await Expect(Page.Locator(".locked h2, section.reveal h1").First).ToHaveTextAsync(LockedOrPolled());
        return text;
    }

    /// <summary>After a poll the phone thanks the student, repeats their vote, and speaks of no points or wrongness.</summary>
    public async Task ExpectPollRevealAsync(string picked)
    {
        await Expect(Page.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", "verdict-poll");
        await Expect(Page.Locator("section.reveal h1")).ToHaveTextAsync("Thanks — poll, no points");
        await Expect(Page.Locator(".your-answer .option-text")).ToHaveTextAsync(picked);
        await Expect(Page.Locator("section.reveal .points")).ToHaveCountAsync(0);
        await Expect(Page.Locator("section.reveal .verdict")).Not.ToContainTextAsync(NotRight());
    }

    [GeneratedRegex("wrong|not this time|not right", RegexOptions.IgnoreCase)]
    private static partial Regex NotRight();

    [GeneratedRegex("^(Answer locked|Thanks — poll, no points)$")]
    private static partial Regex LockedOrPolled();
}
