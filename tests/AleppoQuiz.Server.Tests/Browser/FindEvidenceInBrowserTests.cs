using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A find-the-evidence question played by three phones: one taps the whole evidence on a touch screen, one taps only
/// its first words, one selects a sentence beside it from the keyboard. The projector reveals where the class looked
/// as a heat map over the passage, with the evidence framed and how many found it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FindEvidenceInBrowserTests(BrowserFixture browser)
{
    public const string QuizId = "find-the-evidence";

    private const string NextButton = "[data-action='next']";

    [Fact]
    public async Task Three_phones_select_evidence_and_the_projector_shows_where_the_class_looked()
    {
        var host = await HostScreen.OpenAsync(browser);
        var pin = await host.HostQuizAsync(QuizId);
        var key = await AnswerKey.LoadAsync(host.Page, QuizId);
        var ana = await PlayerScreen.JoinAsync(browser, pin, "Ana", touch: true);
        var ben = await PlayerScreen.JoinAsync(browser, pin, "Ben", touch: true);
        var cai = await PlayerScreen.JoinAsync(browser, pin, "Cai");
        await host.ExpectPlayersAsync("Ana", "Ben", "Cai");
        await host.StartAsync();

        await host.ExpectQuestionAsync(0);
        await Expect(host.Page.Locator(".kind-label")).ToHaveTextAsync("Find the evidence");
        await Expect(host.Page.Locator(".fe-host-passage .outlet")).Not.ToBeEmptyAsync();
        var words = await ana.PassageWordsAsync();
        var question = key.For(await ana.Page.Locator("h1.prompt").InnerTextAsync());
        var evidence = EvidenceWords.Locate(words, question.Evidence[0].Quote);
        Assert.True(evidence.Count >= 6, "The first question's evidence is long enough for a few of its words to be only part of it.");
        await PageChecks.CheckScreenAsync(browser, ana.Page, "evidence-player-question");
        await PageChecks.CheckScreenAsync(browser, host.Page, "evidence-host-question");

        // Right: the whole evidence, first word to last, by two taps.
        await ana.TapRunAsync(evidence.First, evidence.Last);
        await ana.SubmitSelectionAsync(tap: true);
        await PageChecks.CheckScreenAsync(browser, ana.Page, "evidence-player-locked");
        // Partly: the first three words, too few of the evidence to count as found.
        await ben.PassageWordsAsync();
        await ben.TapRunAsync(evidence.First, evidence.First + 2);
        await ben.SubmitSelectionAsync(tap: true);
        // Wrong: from the keyboard, a whole sentence that shares no word with the evidence.
        await cai.PassageWordsAsync();
        var starts = await cai.SentenceStartsAsync();
        var elsewhere = EvidenceWords.SentenceOutside(starts, words.Length, evidence);
        await cai.SelectSentenceWithKeysAsync(elsewhere);
        await cai.SubmitSelectionAsync(tap: false);

        await Expect(host.Page.Locator(".host-reveal .summary")).ToHaveTextAsync("1 of 3 found it · 1 partly");
        var map = host.Page.Locator(".fe-heatmap");
        await Expect(map.Locator(".fe-word.in-evidence")).ToHaveCountAsync(evidence.Count);
        // Two of three selected the evidence's first words, one the rest of it; nobody the words before it.
        await Expect(HeatWord(map, evidence.First)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bheat-4\b"));
        await Expect(HeatWord(map, evidence.Last)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bheat-2\b"));
        await Expect(HeatWord(map, starts[elsewhere])).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bheat-2\b"));
        await Expect(map.Locator(".fe-word[class*='heat-']")).ToHaveCountAsync(evidence.Count + SentenceLength(starts, elsewhere, words.Length));
        await PageChecks.CheckScreenAsync(browser, host.Page, "evidence-host-reveal");
        await PageChecks.AssertFitsProjectorAsync(browser, host.Page, NextButton, "evidence-host-reveal");

        await ana.ExpectEvidenceVerdictAsync("verdict-right", evidence.Count);
        await ben.ExpectEvidenceVerdictAsync("verdict-partial", evidence.Count);
        await cai.ExpectEvidenceVerdictAsync("verdict-wrong", evidence.Count);
        await PageChecks.CheckScreenAsync(browser, ana.Page, "evidence-player-reveal-right");
        await PageChecks.CheckScreenAsync(browser, ben.Page, "evidence-player-reveal-partly");
        await PageChecks.CheckScreenAsync(browser, cai.Page, "evidence-player-reveal-wrong");

        // The teacher's report of the game: who found it, who partly, and what the others took for the evidence.
        var report = await host.Page.Context.NewPageAsync();
        await report.GotoAsync("/reports.html");
        await report.Locator(".games-table a").First.ClickAsync();
        var card = report.Locator(".question-report[data-question-index='0']");
        await Expect(card.Locator(".found-figures")).ToHaveTextAsync("Found the evidence: 1 · partly: 1 · answered: 3");
        await Expect(card.Locator(".wrong-selections li")).ToHaveCountAsync(2);
        await Expect(card.Locator(".wrong-selections li.is-partly .fe-quote")).ToHaveTextAsync($"“{string.Join(' ', words[evidence.First..(evidence.First + 3)])}”");
        await Expect(report.Locator(".players-table tr[data-player='Ben'] .answer-mark")).ToHaveTextAsync("◐");
        await PageChecks.CheckScreenAsync(browser, report, "evidence-teacher-report");
    }

    private static ILocator HeatWord(ILocator map, int id) => map.Locator($".fe-word[data-word-id='{id}']");

    private static int SentenceLength(int[] starts, int sentence, int wordCount) =>
        (sentence + 1 < starts.Length ? starts[sentence + 1] : wordCount) - starts[sentence];
}
