using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The projector: the host screen at 1280×800, driven the way a teacher would drive it.</summary>
internal sealed class HostScreen(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Opens the host screen as a new teacher: it sends the signed-out visitor to register and back.</summary>
    public static async Task<HostScreen> OpenAsync(BrowserFixture browser)
    {
        var page = await browser.NewPageAsync(1280, 800);
        await page.GotoAsync("/host.html");
        await TeacherAccount.RegisterAsync(page, "Host Teacher");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/host\.html$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a quiz" })).ToBeVisibleAsync();
        return new HostScreen(page);
    }

    /// <summary>Hosts the quiz with the fewest questions and returns its id and the game's PIN.</summary>
    public async Task<(string QuizId, string Pin)> HostShortestQuizAsync()
    {
        var buttons = Page.Locator("button[data-quiz-id]");
        await Expect(buttons.First).ToBeVisibleAsync();
        var quizzes = await buttons.EvaluateAllAsync<QuizButton[]>(
            "buttons => buttons.map(b => ({ id: b.dataset.quizId, questions: Number(b.dataset.questionCount) }))");
        var shortest = quizzes.OrderBy(q => q.Questions).First();
        await Page.Locator($"button[data-quiz-id='{shortest.Id}']").ClickAsync();
        return (shortest.Id, await ExpectLobbyAsync());
    }

    /// <summary>Hosts the quiz with this id and returns the game's PIN.</summary>
    public async Task<string> HostQuizAsync(string quizId)
    {
        await Page.Locator($"button[data-quiz-id='{quizId}']").ClickAsync();
        return await ExpectLobbyAsync();
    }

    /// <summary>Waits for the lobby of a new game, with its QR code loaded, and returns the game's PIN.</summary>
    public async Task<string> ExpectLobbyAsync()
    {
        var pin = Page.Locator(".pin");
        await Expect(pin).ToHaveAttributeAsync("data-pin", new System.Text.RegularExpressions.Regex(@"^\d{6,7}$"));
        await Expect(Page.Locator(".qr img")).ToHaveJSPropertyAsync("complete", true);
        return (await pin.GetAttributeAsync("data-pin"))!;
    }

    public async Task ExpectPlayersAsync(params string[] nicknames) =>
        await Expect(Page.Locator(".players .name")).ToHaveTextAsync(nicknames);

    public async Task StartAsync() => await Page.GetByRole(AriaRole.Button, new() { Name = "Start game" }).ClickAsync();

    public async Task ExpectQuestionAsync(int index) =>
        await Expect(Page.Locator(".host-question .counter")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^Question {index + 1} of "));

    public async Task ExpectProgressAsync(int answered, int expected) =>
        await Expect(Page.Locator("#answer-progress")).ToHaveTextAsync($"Answered {answered} of {expected}");

    /// <summary>Waits for the reveal of question `index`: the chart, the marked answer and a highlighted quote.</summary>
    public async Task ExpectRevealAsync(int index)
    {
        await Expect(Page.Locator(".host-reveal .counter")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^Question {index + 1} of "));
        await Expect(Page.Locator(".bar-chart .bar-row").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".evidence mark").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".evidence .outlet").First).Not.ToBeEmptyAsync();
    }

    /// <summary>Presses the one "Next" button of the reveal, leaderboard or podium and checks its label first.</summary>
    public async Task NextAsync(string label)
    {
        var next = Page.Locator("[data-action='next']");
        await Expect(next).ToHaveTextAsync(label);
        await next.ClickAsync();
    }

    public async Task ExpectLeaderboardAsync() =>
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Leaderboard" })).ToBeVisibleAsync();

    /// <summary>The podium as shown: nickname by rank.</summary>
    public async Task<IReadOnlyDictionary<int, string>> PodiumAsync()
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The podium" })).ToBeVisibleAsync();
        var steps = await Page.Locator(".podium .step").EvaluateAllAsync<PodiumStep[]>(
            "steps => steps.map(s => ({ rank: s.dataset.rank, nickname: s.querySelector('.step-name').textContent }))");
        return steps.ToDictionary(s => int.Parse(s.Rank, CultureInfo.InvariantCulture), s => s.Nickname);
    }

    // Filled in by Playwright from the page's objects, which needs settable properties.
    internal sealed class QuizButton
    {
        public string Id { get; set; } = "";

        public int Questions { get; set; }
    }

    internal sealed class PodiumStep
    {
        public string Rank { get; set; } = "";

        public string Nickname { get; set; } = "";
    }
}
