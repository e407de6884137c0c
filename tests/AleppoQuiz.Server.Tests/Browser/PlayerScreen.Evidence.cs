using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The phone's find-the-evidence passage, driven by taps on a touch screen or by the keyboard.</summary>
internal sealed partial class PlayerScreen
{
    private ILocator Passage => Page.Locator("[role='listbox'].fe-choices");

    private ILocator Word(int id) => Page.Locator($".fe-choices .fe-word[data-word-id='{id.ToString(CultureInfo.InvariantCulture)}']");

    /// <summary>Waits for the passage to select in and returns its words in order: a word's id is its position.</summary>
    public async Task<string[]> PassageWordsAsync()
    {
        await Expect(Passage).ToBeVisibleAsync();
        return await Page.Locator(".fe-choices .fe-word").EvaluateAllAsync<string[]>("words => words.map(w => w.textContent)");
    }

    /// <summary>The first word of each sentence the screen reader is offered, in order.</summary>
    public Task<int[]> SentenceStartsAsync() =>
        Page.Locator(".fe-choices [role='option']").EvaluateAllAsync<int[]>("options => options.map(o => Number(o.querySelector('.fe-word').dataset.wordId))");

    /// <summary>Taps the first word, sees the phone wait for the last one, taps it and sees the run selected.</summary>
    public async Task TapRunAsync(int first, int last)
    {
        await Word(first).TapAsync();
        await Expect(Word(first)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-anchor\b"));
        await Expect(Page.Locator(".fe-chosen")).ToContainTextAsync(Words["evidence.pickLast", ("word", (await Word(first).TextContentAsync())!)]);
        await Word(last).TapAsync();
        await Expect(Page.Locator(".fe-choices .fe-word.is-selected")).ToHaveCountAsync(last - first + 1);
    }

    /// <summary>
    /// Selects sentence number <paramref name="sentence"/> from the keyboard alone: Tab to the passage, the down
    /// arrow from the first sentence, then Space; the screen reader hears the sentence as selected.
    /// </summary>
    public async Task SelectSentenceWithKeysAsync(int sentence)
    {
        await Passage.FocusAsync();
        await Expect(Passage).ToHaveAttributeAsync("aria-activedescendant", "fe-sentence-0");
        for (var i = 0; i < sentence; i++)
        {
            await Page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(Passage).ToHaveAttributeAsync("aria-activedescendant", $"fe-sentence-{sentence.ToString(CultureInfo.InvariantCulture)}");
        await Page.Keyboard.PressAsync("Space");
        await Expect(Page.Locator($"#fe-sentence-{sentence.ToString(CultureInfo.InvariantCulture)}")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(Page.Locator(".fe-choices [aria-selected='true']")).ToHaveCountAsync(1);
    }

    /// <summary>Sends the selection with the keyboard or a tap, and sees the words sent repeated back.</summary>
    public async Task SubmitSelectionAsync(bool tap)
    {
        var submit = Page.Locator(".fe-actions [data-action='submit']");
        if (tap)
        {
            await submit.TapAsync();
        }
        else
        {
            await submit.FocusAsync();
            await Page.Keyboard.PressAsync("Enter");
        }

        await Expect(Page.Locator(".your-selection").First).ToBeVisibleAsync();
    }

    /// <summary>The reveal's verdict, with the evidence framed in the passage and this phone's own words marked.</summary>
    public async Task ExpectEvidenceVerdictAsync(string verdict, int evidenceWords)
    {
        await Expect(Page.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", verdict);
        await Expect(Page.Locator(".fe-marked .fe-word.in-evidence")).ToHaveCountAsync(evidenceWords);
        await Expect(Page.Locator(".fe-marked .fe-word.is-yours").First).ToBeVisibleAsync();
    }
}
