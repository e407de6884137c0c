using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// Homework with a typed answer and a poll: the student types on the phone and the server judges it as in a live
/// game, the poll thanks them without points, and the results page and the teacher's report count the poll as
/// taking part, not as a wrong answer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HomeworkTypedAndPollInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_student_types_an_answer_and_votes_in_a_poll_at_home()
    {
        var teacher = await ReportsTeacherSession.RegisterAsync(browser);
        var assignment = await teacher.AssignAsync(DrillBank.TypedPollQuizId, null);
        var key = await AnswerKey.LoadAsync(teacher.Page, DrillBank.TypedPollQuizId);

        var student = await browser.NewPageAsync(360, 740);
        await student.GotoAsync(assignment.Link);
        await student.GetByLabel("Your name").FillAsync("Rami");
        await student.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        var box = student.GetByRole(AriaRole.Textbox, new() { Name = "Your answer" });
        await Expect(box).ToBeVisibleAsync();
        var canonical = key.For(await student.Locator("h1.prompt").InnerTextAsync()).Accepted[0];
        var typed = $" {canonical.ToLowerInvariant()}. ";
        await box.FillAsync(typed);
        await box.PressAsync("Enter");
        await Expect(student.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", "verdict-right");
        await Expect(student.Locator(".your-typed")).ToHaveTextAsync($"You typed: {typed.Trim()} · Accepted");
        await Expect(student.Locator(".right-answer")).ToContainTextAsync(canonical);
        await PageChecks.CheckScreenAsync(browser, student, "practice-typed-reveal");
        await student.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Expect(student.Locator(".kind-note")).ToContainTextAsync("no right answer");
        await PracticeScreen.AnswerFirstOptionAsync(student);
        await Expect(student.Locator("section.reveal")).ToHaveAttributeAsync("data-verdict", "verdict-poll");
        await Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Thanks — poll, no points" })).ToBeVisibleAsync();
        await Expect(student.Locator("section.reveal .points")).ToHaveCountAsync(0);
        await Expect(student.Locator("section.reveal")).Not.ToContainTextAsync("The right answer");
        await PageChecks.CheckScreenAsync(browser, student, "practice-poll-reveal");
        await student.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        for (var index = 0; index < DrillBank.SingleChoiceCount; index++)
        {
            await PracticeScreen.AnswerFirstOptionAsync(student);
            await student.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Homework done" })).ToBeVisibleAsync();
        await Expect(student.Locator(".final .lead")).ToContainTextAsync($" of {DrillBank.SingleChoiceCount + 1} right");
        await Expect(student.Locator(".polls-answered")).ToHaveTextAsync("Answered the poll: 1 of 1");

        var resultsHref = (await student.Locator(".results-link a").GetAttributeAsync("href"))!;
        await student.Locator(".results-link a").ClickAsync();
        var poll = student.Locator(".result-question[data-question-index='1']");
        await Expect(poll.Locator(".verdict-line")).ToHaveTextAsync("Answered the poll");
        await Expect(poll.Locator(".right-answer")).ToHaveCountAsync(0);
        await Expect(student.Locator(".result-question[data-question-index='0'] .your-answer")).ToHaveTextAsync(typed.Trim());

        var gameId = GameId().Match(resultsHref).Groups[1].Value;
        await teacher.Page.GotoAsync($"/reports.html?game={gameId}");
        var row = teacher.Page.Locator(".players-table tbody tr[data-player='Rami']");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(new Regex($@"^\d of {DrillBank.SingleChoiceCount + 1} · 1 poll$"));
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync($"✓ {typed.Trim()}");
        await Expect(row.Locator("td.answer-poll")).ToHaveCountAsync(1);
        await Expect(teacher.Page.Locator(".question-report[data-question-index='1'] .question-figures")).ToContainTextAsync("answered by 1");
        await PageChecks.CheckScreenAsync(browser, teacher.Page, "teacher-report-typed-poll");
    }

    [GeneratedRegex("game=([0-9a-f]+)")]
    private static partial Regex GameId();
}
