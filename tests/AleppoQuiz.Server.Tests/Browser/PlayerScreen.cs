using System.Globalization;
using System.Text.RegularExpressions;
using AleppoQuiz.Server.Tests.ClientApp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>A student's phone: the player view at 360×740, driven the way a student would drive it.</summary>
internal sealed partial class PlayerScreen(IPage page, string nickname, InterfaceCatalogue? words = null)
{
    public IPage Page { get; } = page;

    /// <summary>The sentences of the language this phone shows, to find its controls and headings by.</summary>
    public InterfaceCatalogue Words { get; } = words ?? InterfaceCatalogue.Load("en");

    public string Nickname { get; } = nickname;

    private ILocator Me => Page.Locator("#me");

    // The texts of the options last sent, in the order sent, to find them again on the locked and reveal screens.
    private IReadOnlyList<string> lastAnswer = [];

    /// <summary>
    /// Opens the join link, checks the PIN is filled in, and joins with a name (or the suggested one), on a phone
    /// whose browser prefers <paramref name="language"/>; with <paramref name="touch"/> the phone has a touch screen.
    /// </summary>
    public static async Task<PlayerScreen> JoinAsync(BrowserFixture browser, string pin, string? nickname, string language = "en", bool touch = false)
    {
        var words = InterfaceCatalogue.Load(language);
        var page = await browser.NewPageAsync(360, 740, language, touch);
        await page.GotoAsync($"/?pin={pin}");
        await Expect(page.GetByLabel(words["join.pin"])).ToHaveValueAsync(pin);
        var name = page.GetByLabel(words["join.nickname"]);
        if (nickname is null)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = words["join.random"] }).ClickAsync();
            await Expect(name).Not.ToHaveValueAsync("");
            nickname = await name.InputValueAsync();
        }
        else
        {
            await name.FillAsync(nickname);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = words["join.join"], Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = words["player.in"] })).ToBeVisibleAsync();
        await Expect(page.Locator(".my-name")).ToHaveTextAsync(nickname);
        return new PlayerScreen(page, nickname, words);
    }

    /// <summary>Joins from the join link with the keyboard only: the nickname field has focus, Enter submits.</summary>
    public static async Task<PlayerScreen> JoinWithKeyboardAsync(BrowserFixture browser, string pin, string nickname)
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync($"/?pin={pin}");
        await Expect(page.GetByLabel("Nickname")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(nickname);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You're in! See your name on the screen" })).ToBeFocusedAsync();
        return new PlayerScreen(page, nickname);
    }

    /// <summary>Waits until the reading time is over and the answer controls are on screen.</summary>
    public async Task ExpectAnsweringAsync() => await Expect(Page.Locator(".answers, .order-list")).ToBeVisibleAsync();

    /// <summary>Waits for answering to open, then answers right or wrong according to the key.</summary>
    public async Task AnswerAsync(AnswerKey key, bool right)
    {
        await ExpectAnsweringAsync();
        var question = key.For(await Page.Locator("h1.prompt").InnerTextAsync());
        var choice = AnswerKey.Choose(question, right);
        // A phone lists multi-select picks in the order the options were shown, which the game draws per game.
        var shown = await Page.Locator(".answers button.answer").EvaluateAllAsync<int[]>("buttons => buttons.map(b => Number(b.dataset.optionId))");
        var sent = question.Type == "multi" ? choice.OrderBy(id => Array.IndexOf(shown, id)).ToArray() : choice;
        lastAnswer = [.. sent.Select(id => question.Options[id].Text)];
        switch (question.Type)
        {
            case "order":
                await ArrangeAsync(choice);
                await Page.GetByRole(AriaRole.Button, new() { Name = Words["answer.submitOrder"] }).ClickAsync();
                break;
            case "multi":
                foreach (var id in choice)
                {
                    await Option(id).ClickAsync();
                    await Expect(Option(id)).ToHaveAttributeAsync("aria-pressed", "true");
                }

                await Page.Locator(SubmitControl).ClickAsync();
                break;
            default:
                await Option(choice[0]).ClickAsync();
                break;
        }

        // The last answer closes the question at once, so the reveal may replace "Answer locked" straight away.
        string[] lockedOrRevealed = [Words["player.locked"], Words["verdict.right"], Words["verdict.partial"], Words["verdict.wrong"]];
        await Expect(Page.Locator(".locked h2, section.reveal h1").First).ToHaveTextAsync(new Regex($"^({string.Join("|", lockedOrRevealed.Select(Regex.Escape))})$"));
    }

    /// <summary>
    /// The locked and reveal screens repeat what this player sent, option by option: an order as sent, multi-select
    /// picks in the order the options stood on the screen.
    /// </summary>
    public async Task ExpectOwnAnswerShownAsync() =>
        await Expect(Page.Locator(".your-answer .option-text")).ToHaveTextAsync([.. lastAnswer]);

    /// <summary>
    /// On a 360×640 phone, a multi-select question shows its submit button and the countdown together, before and
    /// after scrolling down to the last option.
    /// </summary>
    public async Task ExpectSubmitAndTimerOnSmallPhoneAsync()
    {
        var original = Page.ViewportSize!;
        await Page.SetViewportSizeAsync(360, 640);
        try
        {
            await PageChecks.AssertInWindowAsync(Page, "a multi-select question on a small phone", SubmitControl, ".timer");
            await Page.Locator("button.answer").Last.ScrollIntoViewIfNeededAsync();
            await PageChecks.AssertInWindowAsync(Page, "the same question scrolled to its last option", SubmitControl, ".timer", "button.answer:last-child");
        }
        finally
        {
            await Page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    public async Task ExpectVerdictAsync(bool right)
    {
        var verdict = Page.Locator("section.reveal");
        await Expect(verdict).ToHaveAttributeAsync("data-verdict", right ? RightVerdict() : WrongVerdict());
        await Expect(Page.Locator(".evidence mark").First).ToBeVisibleAsync();
    }

    /// <summary>The score shown beside the nickname at the top of every screen.</summary>
    public async Task<int> ScoreAsync()
    {
        await Expect(Me).ToContainTextAsync(Nickname);
        var match = Points().Match(await Me.InnerTextAsync());
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    public async Task ExpectHeaderAsync(string nickname, int score) =>
        await Expect(Me).ToHaveTextAsync($"{nickname} · {score.ToString("N0", CultureInfo.InvariantCulture)} pts");

    /// <summary>The rank on the final screen, once it is shown.</summary>
    public async Task<int> FinalRankAsync()
    {
        var rank = Page.Locator(".final-rank");
        await Expect(rank).ToHaveAttributeAsync("data-rank", RankDigits());
        return int.Parse((await rank.GetAttributeAsync("data-rank"))!, CultureInfo.InvariantCulture);
    }

    private const string SubmitControl = "[data-action='submit']";

    private ILocator Option(int id) => Page.Locator($"button.answer[data-option-id='{id}']");

    // Moves rows with the up buttons until the list reads `order` from the top: selection sort, one row at a time.
    private async Task ArrangeAsync(IReadOnlyList<int> order)
    {
        var rows = Page.Locator(".order-row");
        for (var target = 0; target < order.Count; target++)
        {
            var row = Page.Locator($".order-row[data-option-id='{order[target]}']");
            var ids = await rows.EvaluateAllAsync<int[]>("rows => rows.map(r => Number(r.dataset.optionId))");
            for (var at = Array.IndexOf(ids, order[target]); at > target; at--)
            {
                await row.Locator("[data-move='up']").ClickAsync();
                await Expect(rows.Nth(at - 1)).ToHaveAttributeAsync("data-option-id", order[target].ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    [GeneratedRegex("^verdict-right$")]
    private static partial Regex RightVerdict();

    [GeneratedRegex("^verdict-(wrong|partial)$")]
    private static partial Regex WrongVerdict();

    [GeneratedRegex(@"([\d,]+) pts")]
    private static partial Regex Points();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex RankDigits();
}
