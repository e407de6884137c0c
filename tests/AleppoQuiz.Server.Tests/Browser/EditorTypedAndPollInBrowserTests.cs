using AleppoQuiz.Server.Features.Quizzes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher writes a type-answer question and a poll in the editor: accepted answers are added and removed, the
/// server's findings show while one is missing, a poll has no right-answer marks (and, unlike a choice question, no
/// "keep this order"), and a saved type-answer question opens again with its accepted answers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorTypedAndPollInBrowserTests(BrowserFixture browser)
{
    private static readonly PastedArticle Story = new(
        "Convoy leaves the eastern districts",
        "The Northern Ledger",
        "2026-11-19",
        """
        The first convoy left the eastern districts at dawn, according to a Red Crescent official who asked not to be named.

        "Twelve buses and eight ambulances crossed the line before seven," said Leila Mansour, a volunteer coordinator, speaking by telephone.

        A second convoy was expected by noon, but officials on both sides gave no time.
        """);

    private const string Quote = "said Leila Mansour, a volunteer coordinator";
    private const string TypedPrompt = "Who gave the number of buses and ambulances? Type her name.";
    private const string PollPrompt = "Which account would you check first?";

    [Fact]
    public async Task A_teacher_writes_a_type_answer_question_and_a_poll()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Hala Teacher");
        await library.ImportArticleAsync(Story);
        var editor = await library.CreateQuizAsync("Convoy questions");
        var form = editor.Form;
        var article = $"{Story.Outlet}: {Story.Title} ({Story.Date})";

        await editor.AddQuestionAsync();
        await form.GetByLabel("Question type").SelectOptionAsync("type-answer");
        await Expect(form.Locator(".accepted-editor legend")).ToContainTextAsync("Accepted answers");
        await form.GetByLabel("Question", new() { Exact = true }).FillAsync(TypedPrompt);
        await form.GetByLabel("Explanation shown after the question").FillAsync("The Ledger quotes the coordinator by name.");
        await editor.PickEvidenceAsync(article, Story.Outlet, Quote, occurrence: 0);
        // The first accepted answer is still empty: the server's check says so, as for any other problem.
        await Expect(editor.Findings).ToContainTextAsync("accepted answer");
        await form.GetByLabel("Accepted answer 1", new() { Exact = true }).FillAsync("Leila Mansour");
        foreach (var (at, text) in new[] { (2, "Mansour"), (3, "Layla Mansour") })
        {
            await form.GetByRole(AriaRole.Button, new() { Name = "Add an accepted answer" }).ClickAsync();
            await Expect(form.GetByLabel($"Accepted answer {at}", new() { Exact = true })).ToBeFocusedAsync();
            await form.GetByLabel($"Accepted answer {at}", new() { Exact = true }).FillAsync(text);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Remove accepted answer 2" }).ClickAsync();
        await Expect(form.Locator(".accepted-editor input")).ToHaveCountAsync(2);
        await editor.ExpectNoProblemsAsync();
        await Expect(editor.Page.Locator(".preview #typed-answer")).ToBeVisibleAsync();
        await PageChecks.CheckScreenAsync(browser, editor.Page, "editor-type-answer");
        await editor.SaveAsync(TypedPrompt);

        await editor.AddQuestionAsync();
        var keepOrder = form.GetByLabel("Keep this order (do not shuffle the options in a game)");
        await Expect(keepOrder).Not.ToBeCheckedAsync();
        await form.GetByLabel("Question type").SelectOptionAsync("poll");
        await Expect(keepOrder).ToHaveCountAsync(0);
        await Expect(form.Locator("input[name='correct-option']")).ToHaveCountAsync(0);
        await form.GetByLabel("Question", new() { Exact = true }).FillAsync(PollPrompt);
        foreach (var count in new[] { 4, 3 })
        {
            await form.GetByRole(AriaRole.Button, new() { Name = $"Remove option {count}", Exact = true }).ClickAsync();
        }

        await form.GetByLabel("Option 1", new() { Exact = true }).FillAsync("The coordinator's count");
        await form.GetByLabel("Option 2", new() { Exact = true }).FillAsync("The unnamed official's timing");
        await form.GetByLabel("Explanation shown after the question").FillAsync("One source is named and one is not: which would you call?");
        await editor.PickEvidenceAsync(article, Story.Outlet, Quote, occurrence: 0);
        await editor.ExpectNoProblemsAsync();
        await PageChecks.CheckScreenAsync(browser, editor.Page, "editor-poll");
        await editor.SaveAsync(PollPrompt);

        var quizId = new Uri(editor.Page.Url).Query.Split("quiz=")[1];
        var quiz = await AnswerKey.GetAsync<QuizDetail>(editor.Page, $"/api/quizzes/{quizId}");
        var typed = quiz.Questions.Single(q => q.Prompt == TypedPrompt);
        Assert.Equal("type-answer", typed.Type);
        Assert.Equal(["Leila Mansour", "Layla Mansour"], typed.Accepted);
        var poll = quiz.Questions.Single(q => q.Prompt == PollPrompt);
        Assert.Equal(("poll", 0, 2), (poll.Type, poll.CorrectOptions.Count, poll.Options.Count));

        await editor.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit question 1:") }).ClickAsync();
        await Expect(form.GetByLabel("Accepted answer 2", new() { Exact = true })).ToHaveValueAsync("Layla Mansour");
        await Expect(form.GetByLabel("Question type")).ToHaveValueAsync("type-answer");
    }
}
