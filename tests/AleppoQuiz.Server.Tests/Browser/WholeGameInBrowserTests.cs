using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A class of three plays the shortest quiz to the end in real browsers: the host screen on a projector-sized
/// page and three phones, one of which reloads in the middle of the game.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WholeGameInBrowserTests(BrowserFixture browser)
{
    // Who answers each question right (true) or wrong (false): Ana, Ben, then the player with a suggested name.
    private static readonly bool[][] Plan =
    [
        [true, false, true],
        [true, true, false],
        [true, false, false],
        [true, true, false],
    ];

    // Ben reloads his page as answering opens on this question, before anyone has answered it.
    private const int ReloadAt = 1;

    // The host pauses and resumes this question before anyone answers.
    private const int PauseAt = 2;

    private const string NextButton = "[data-action='next']";

    [Fact]
    public async Task Three_players_play_the_shortest_quiz_to_the_podium()
    {
        var host = await HostScreen.OpenAsync(browser);
        var (quizId, pin) = await host.HostShortestQuizAsync();
        var key = await AnswerKey.LoadAsync(host.Page, quizId);

        PlayerScreen[] players =
        [
            await PlayerScreen.JoinAsync(browser, pin, "Ana"),
            await PlayerScreen.JoinAsync(browser, pin, "Ben"),
            await PlayerScreen.JoinAsync(browser, pin, nickname: null),
        ];
        await host.ExpectPlayersAsync([.. players.Select(p => p.Nickname)]);
        await PageChecks.CheckScreenAsync(browser, host.Page, "host-lobby");
        await PageChecks.CheckScreenAsync(browser, players[0].Page, "player-lobby");
        await host.StartAsync();

        for (var index = 0; index < Plan.Length; index++)
        {
            await host.ExpectQuestionAsync(index);
            if (index == ReloadAt)
            {
                await ReloadKeepsNameAndScoreAsync(players[1]);
            }

            // The last player's view before answering shows each kind of answer control in turn.
            await players[2].ExpectAnsweringAsync();
            await PageChecks.CheckScreenAsync(browser, players[2].Page, $"player-question-{index + 1}");
            await PageChecks.CheckScreenAsync(browser, host.Page, $"host-question-{index + 1}");
            var type = key.For(await players[2].Page.Locator("h1.prompt").InnerTextAsync()).Type;
            if (type == "multi")
            {
                await players[2].ExpectSubmitAndTimerOnSmallPhoneAsync();
            }

            if (index == PauseAt)
            {
                await PauseFreezesAnswersAsync(host, players[2]);
            }

            await players[0].AnswerAsync(key, Plan[index][0]);
            await players[0].ExpectOwnAnswerShownAsync();
            await PageChecks.CheckScreenAsync(browser, players[0].Page, $"player-locked-{index + 1}");
            await players[1].AnswerAsync(key, Plan[index][1]);
            await host.ExpectProgressAsync(2, 3);
            await players[2].AnswerAsync(key, Plan[index][2]);

            await host.ExpectRevealAsync(index);
            for (var p = 0; p < players.Length; p++)
            {
                await players[p].ExpectVerdictAsync(Plan[index][p]);
            }

            await players[0].ExpectOwnAnswerShownAsync();
            await PageChecks.CheckScreenAsync(browser, players[0].Page, $"player-reveal-{index + 1}");
            await PageChecks.CheckScreenAsync(browser, host.Page, $"host-reveal-{index + 1}");
            await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, $"host-reveal-{index + 1}-{type}");
            await ExpectWhyAsLargeAsEvidenceAsync(host.Page);

            await host.NextAsync("Show leaderboard");
            await host.ExpectLeaderboardAsync();
            if (index == 0)
            {
                // A refresh of the projector re-attaches with the host key kept for this tab.
                await host.Page.ReloadAsync();
                await host.ExpectLeaderboardAsync();
                await Expect(players[0].Page.GetByRole(AriaRole.Heading, new() { Name = "Top players" })).ToBeVisibleAsync();
                await PageChecks.CheckScreenAsync(browser, players[0].Page, "player-leaderboard");
            }

            await PageChecks.CheckScreenAsync(browser, host.Page, $"host-leaderboard-{index + 1}");
            await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, $"host-leaderboard-{index + 1}");

            await host.NextAsync(index + 1 < Plan.Length ? "Next question" : "Show the podium");
        }

        var podium = await host.PodiumAsync();
        await PageChecks.CheckScreenAsync(browser, host.Page, "host-podium");
        await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, "host-podium");
        foreach (var player in players)
        {
            var rank = await player.FinalRankAsync();
            Assert.Equal(player.Nickname, podium[rank]);
        }

        // Ana answered everything right, so she must have won.
        Assert.Equal("Ana", podium[1]);
        await PageChecks.CheckScreenAsync(browser, players[1].Page, "player-final");

        await host.NextAsync("End game");
        await Expect(host.Page.GetByRole(AriaRole.Heading, new() { Name = "Final standings" })).ToBeVisibleAsync();
        await Expect(players[0].Page.Locator(".final .counter")).ToHaveTextAsync("Game over");
    }

    /// <summary>On the projector the explanation is read from the back of the room as easily as the evidence beside it.</summary>
    private static async Task ExpectWhyAsLargeAsEvidenceAsync(IPage page)
    {
        var sizes = await PageChecks.FontSizesAsync(page, ".explanation-text", ".evidence .passage");
        Assert.True(sizes[0] >= sizes[1] * 0.9, $"“Why” is {sizes[0]} px beside {sizes[1]} px of evidence.");
    }

    private static async Task PauseFreezesAnswersAsync(HostScreen host, PlayerScreen player)
    {
        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(player.Page.GetByText("Paused by your teacher")).ToBeVisibleAsync();
        await Expect(player.Page.GetByRole(AriaRole.Button, new() { Name = "Submit order" })).ToBeDisabledAsync();
        await host.Page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(player.Page.GetByText("Paused by your teacher")).ToBeHiddenAsync();
        await Expect(player.Page.GetByRole(AriaRole.Button, new() { Name = "Submit order" })).ToBeEnabledAsync();
    }

    /// <summary>A refresh rejoins with the stored token: same name, same score, and the open question back on screen.</summary>
    private static async Task ReloadKeepsNameAndScoreAsync(PlayerScreen player)
    {
        await player.ExpectAnsweringAsync();
        var score = await player.ScoreAsync();
        await player.Page.ReloadAsync();
        await player.ExpectHeaderAsync(player.Nickname, score);
        await player.ExpectAnsweringAsync();
    }
}
