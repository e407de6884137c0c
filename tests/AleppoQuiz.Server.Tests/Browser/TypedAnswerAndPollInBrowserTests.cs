using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A host and two phones play a type-answer question, a poll and a run of single-choice questions: the typed
/// answers are matched and grouped on the projector, the poll shows its spread without a right answer, and the key
/// of the single-choice questions does not sit under one shape all game.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TypedAnswerAndPollInBrowserTests(BrowserFixture browser)
{
    private const string NextButton = "[data-action='next']";
    private const string WrongTyped = "Associated Press";

    private static readonly Dictionary<char, char> Accented = new() { ['E'] = 'É', ['A'] = 'Á', ['O'] = 'Ó', ['U'] = 'Ú', ['I'] = 'Í' };

    [Fact]
    public async Task A_class_plays_a_typed_answer_a_poll_and_shuffled_single_choice_questions()
    {
        var host = await HostScreen.OpenAsync(browser);
        var pin = await host.HostQuizAsync(DrillBank.TypedPollQuizId);
        var key = await AnswerKey.LoadAsync(host.Page, DrillBank.TypedPollQuizId);
        PlayerScreen[] players = [await PlayerScreen.JoinAsync(browser, pin, "Ana"), await PlayerScreen.JoinAsync(browser, pin, "Ben")];
        await host.ExpectPlayersAsync("Ana", "Ben");
        await host.StartAsync();

        await PlayTypedAnswerAsync(host, players, key);
        await PlayPollAsync(host, players);
        await PlaySingleChoiceAsync(host, players, key);
    }

    private async Task PlayTypedAnswerAsync(HostScreen host, PlayerScreen[] players, AnswerKey key)
    {
        await host.ExpectQuestionAsync(0);
        await Expect(host.Page.Locator(".kind-label")).ToHaveTextAsync("Type your answer");
        await players[0].ExpectTypingBoxAsync();
        await PageChecks.CheckScreenAsync(browser, players[0].Page, "typed-player-question");
        await PageChecks.CheckScreenAsync(browser, host.Page, "typed-host-question");
        var canonical = key.For(await players[0].Page.Locator("h1.prompt").InnerTextAsync()).Accepted[0];
        var variant = $"  {Disguise(canonical)}! ";

        await players[0].TypeAnswerAsync(variant, pressEnter: true);
        await PageChecks.CheckScreenAsync(browser, players[0].Page, "typed-player-locked");
        await players[1].ExpectTypingBoxAsync();
        await players[1].TypeAnswerAsync(WrongTyped, pressEnter: false);

        await Expect(host.Page.Locator(".host-reveal .counter")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Question 1 of "));
        await Expect(host.Page.Locator(".host-reveal .summary")).ToHaveTextAsync("1 of 2 typed answers accepted");
        await Expect(host.Page.Locator(".accepted-list .accepted-answer").First).ToHaveTextAsync(canonical);
        await Expect(host.Page.Locator(".typed-group.is-accepted .typed-text")).ToHaveTextAsync(variant.Trim());
        await Expect(host.Page.Locator(".typed-group:not(.is-accepted) .typed-text")).ToHaveTextAsync(WrongTyped);
        await Expect(host.Page.Locator(".typed-group .typed-count [aria-hidden]")).ToHaveTextAsync(["1", "1"]);
        await Expect(host.Page.Locator(".typed-group.is-accepted .correct-mark")).ToContainTextAsync("Accepted");
        await players[0].ExpectTypedRevealAsync(variant, accepted: true, canonical);
        await players[1].ExpectTypedRevealAsync(WrongTyped, accepted: false, canonical);

        await PageChecks.CheckScreenAsync(browser, players[0].Page, "typed-player-reveal-right");
        await PageChecks.CheckScreenAsync(browser, players[1].Page, "typed-player-reveal-wrong");
        await PageChecks.CheckScreenAsync(browser, host.Page, "typed-host-reveal");
        await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, "typed-host-reveal");

        await host.NextAsync("Show leaderboard");
        await host.ExpectLeaderboardAsync();
        await Expect(host.Page.Locator(".leaderboard-note")).ToHaveCountAsync(0);
        await host.NextAsync("Next question");
    }

    private async Task PlayPollAsync(HostScreen host, PlayerScreen[] players)
    {
        await host.ExpectQuestionAsync(1);
        await Expect(host.Page.Locator(".kind-label")).ToHaveTextAsync("Poll — no right answer");
        var scores = new[] { await players[0].ScoreAsync(), await players[1].ScoreAsync() };
        await PageChecks.CheckScreenAsync(browser, host.Page, "poll-host-question");
        var picked = new[] { await players[0].VoteAsync(0), "" };
        await players[0].ExpectOwnAnswerShownAsync();
        await PageChecks.CheckScreenAsync(browser, players[0].Page, "poll-player-locked");
        picked[1] = await players[1].VoteAsync(1);

        await Expect(host.Page.Locator(".host-reveal .summary")).ToHaveTextAsync("2 votes · a poll scores no points");
        var bars = host.Page.Locator(".poll-chart .bar-row");
        await Expect(bars.Nth(0).Locator(".option-text")).ToHaveTextAsync(picked[0]);
        await Expect(bars.Nth(0).Locator(".bar-count [aria-hidden]")).ToHaveTextAsync("1");
        await Expect(bars.Nth(1).Locator(".bar-count [aria-hidden]")).ToHaveTextAsync("1");
        await Expect(host.Page.Locator(".host-reveal .correct-mark, .host-reveal .is-correct")).ToHaveCountAsync(0);
        await Expect(host.Page.GetByRole(AriaRole.Heading, new() { Name = "Talk it over" })).ToBeVisibleAsync();
        for (var p = 0; p < players.Length; p++)
        {
            await players[p].ExpectPollRevealAsync(picked[p]);
            await players[p].ExpectHeaderAsync(players[p].Nickname, scores[p]);
        }

        await PageChecks.CheckScreenAsync(browser, players[1].Page, "poll-player-reveal");
        await PageChecks.CheckScreenAsync(browser, host.Page, "poll-host-reveal");
        await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, "poll-host-reveal");
        await host.NextAsync("Show leaderboard");
        await Expect(host.Page.Locator(".leaderboard-note")).ToContainTextAsync("no points");
        await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, "poll-host-leaderboard");
        await host.NextAsync("Next question");
    }

    /// <summary>Ana answers right and Ben wrong; the shape over the key and the order the options came in are noted.</summary>
    private static async Task PlaySingleChoiceAsync(HostScreen host, PlayerScreen[] players, AnswerKey key)
    {
        var keyShapes = new List<string>();
        var shuffled = new List<bool>();
        for (var index = 2; index < 2 + DrillBank.SingleChoiceCount; index++)
        {
            await host.ExpectQuestionAsync(index);
            await players[0].ExpectAnsweringAsync();
            var question = key.For(await players[0].Page.Locator("h1.prompt").InnerTextAsync());
            var shown = await players[0].Page.Locator(".answers button.answer").EvaluateAllAsync<ShownOption[]>(
                "buttons => buttons.map(b => ({ id: Number(b.dataset.optionId), shape: [...b.classList].find(c => c.startsWith('opt-')) }))");
            keyShapes.Add(shown.Single(o => o.Id == question.CorrectOptions[0]).Shape);
            shuffled.Add(!shown.Select(o => o.Id).SequenceEqual(Enumerable.Range(0, shown.Length)));

            await players[0].AnswerAsync(key, right: true);
            await players[1].AnswerAsync(key, right: false);
            await host.ExpectRevealAsync(index);
            await players[0].ExpectVerdictAsync(right: true);
            await host.NextAsync("Show leaderboard");
            await host.ExpectLeaderboardAsync();
            await host.NextAsync(index + 1 < 2 + DrillBank.SingleChoiceCount ? "Next question" : "Show the podium");
        }

        Assert.True(keyShapes.Distinct().Count() > 1, $"The key was under the {keyShapes[0]} every time.");
        Assert.Contains(true, shuffled);
    }

    /// <summary>The accepted answer as a hurried student might type it: in capitals, with an accent it does not have.</summary>
    private static string Disguise(string accepted)
    {
        var upper = accepted.ToUpper(CultureInfo.InvariantCulture);
        var at = upper.IndexOfAny(['E', 'A', 'O', 'U', 'I']);
        if (at < 0)
        {
            return upper;
        }

        return upper[..at] + Accented[upper[at]] + upper[(at + 1)..];
    }

    // Filled in by Playwright from the page's objects, which needs settable properties.
    internal sealed class ShownOption
    {
        public int Id { get; set; }

        public string Shape { get; set; } = "";
    }
}
