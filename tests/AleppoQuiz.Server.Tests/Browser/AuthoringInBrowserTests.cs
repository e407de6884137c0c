using AleppoQuiz.Server.Features.Articles;
using AleppoQuiz.Server.Features.Quizzes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher writes a quiz from their own article and plays it with a student: registers, imports a story,
/// writes a question whose evidence is selected in the article's text, hosts it, and a phone answers it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuthoringInBrowserTests(BrowserFixture browser)
{
    // "every street around the citadel" appears twice; only the second paragraph names the speaker, so the
    // validator accepts the question only if the second occurrence is the one sent.
    private static readonly PastedArticle Story = new(
        "Army says it holds the old city",
        "The Levant Courier",
        "2026-11-17",
        """
        Government forces said on Tuesday that they now control every street around the citadel, a claim opposition groups rejected within hours.

        "We hold every street around the citadel," Colonel Samir Haddad, a spokesman for the army's northern command, told state television.

        Rebel commander Abu Omar told reporters the claim was "a lie meant for television" and said his fighters remained in the old city.

        Neither account could be independently verified.
        """);

    private const string Quote = "every street around the citadel";
    private const string Prompt = "Who told state television that the army holds every street around the citadel?";
    private const string Speaker = "Colonel Samir Haddad";

    [Fact]
    public async Task A_teacher_writes_a_question_from_an_imported_article_and_a_student_answers_it()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Rana Teacher");
        await library.ImportArticleAsync(Story);

        // The same story again is a duplicate: said in words, with a way to the article that already holds it.
        await library.SubmitPastedArticleAsync(Story);
        await Expect(library.Page.Locator("#article-form-error")).ToContainTextAsync("already imported");
        await library.ArticleForm.GetByRole(AriaRole.Button, new() { Name = "Show that article" }).ClickAsync();
        await Expect(library.Page.Locator(".article-row.found")).ToBeFocusedAsync();
        await browser.ScreenshotAsync(library.Page, "teacher-library");

        var editor = await library.CreateQuizAsync("Who holds the citadel?");
        await editor.AddQuestionAsync();
        await editor.WriteSingleChoiceAsync("who-said-it", Prompt, [Speaker, "Abu Omar", "A state television presenter"], "Colonel Samir Haddad, an army spokesman, said it on state television; the rebels called it a lie.");
        var start = await editor.PickEvidenceAsync($"{Story.Outlet}: {Story.Title} ({Story.Date})", Story.Outlet, Quote, occurrence: 1);
        await editor.ExpectNoProblemsAsync();
        await Expect(editor.Page.Locator(".preview button.answer")).ToHaveTextAsync(new[] { Speaker, "Abu Omar", "A state television presenter" }.Select(t => new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(t))));
        await browser.ScreenshotAsync(editor.Page, "teacher-editor");
        await editor.SaveAsync(Prompt);

        // The saved evidence points at the selected occurrence, not the first one in the article.
        var quizId = new Uri(editor.Page.Url).Query.Split("quiz=")[1];
        var quiz = await AnswerKey.GetAsync<QuizDetail>(editor.Page, $"/api/quizzes/{quizId}");
        var evidence = Assert.Single(Assert.Single(quiz.Questions).Evidence);
        var article = await AnswerKey.GetAsync<ArticleDetail>(editor.Page, $"/api/articles/{evidence.ArticleId}");
        Assert.Equal(article.Text.LastIndexOf(Quote, StringComparison.Ordinal), evidence.Start);
        Assert.Equal(start, evidence.Start);
        Assert.Equal(Quote, evidence.Quote);

        // Hosting from the editor preselects the quiz on the host screen.
        await editor.Page.GetByRole(AriaRole.Link, new() { Name = "Host this quiz" }).ClickAsync();
        var host = new HostScreen(editor.Page);
        var hostButton = editor.Page.Locator($"button[data-quiz-id='{quizId}']");
        await Expect(hostButton).ToBeFocusedAsync();
        await hostButton.ClickAsync();
        var pin = await host.ExpectLobbyAsync();
        var player = await PlayerScreen.JoinAsync(browser, pin, "Lina");
        await host.ExpectPlayersAsync("Lina");
        await host.StartAsync();

        await player.ExpectAnsweringAsync();
        await player.Page.GetByRole(AriaRole.Button, new() { Name = Speaker }).ClickAsync();
        await player.ExpectVerdictAsync(right: true);
        var shown = player.Page.Locator(".evidence");
        await Expect(shown.Locator(".outlet")).ToHaveTextAsync(Story.Outlet);
        await Expect(shown.Locator("mark")).ToHaveTextAsync(Quote);
        await Expect(shown.Locator(".passage")).ToContainTextAsync(Speaker);
        await browser.ScreenshotAsync(player.Page, "player-reveal-own-article");
        await host.ExpectRevealAsync(0);
        await Expect(host.Page.Locator(".evidence mark")).ToHaveTextAsync(Quote);
    }

    [Fact]
    public async Task Quiz_editor_with_an_open_question_has_no_serious_accessibility_violations()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Omar Teacher");
        await library.ImportArticleAsync(Story with { Title = "Army claims the citadel district" });
        var editor = await library.CreateQuizAsync("Accessible quiz");
        await editor.AddQuestionAsync();
        await editor.WriteSingleChoiceAsync("who-said-it", Prompt, [Speaker, "Abu Omar"], "An army spokesman said it.");
        await editor.PickEvidenceAsync($"{Story.Outlet}: Army claims the citadel district ({Story.Date})", Story.Outlet, Quote, occurrence: 1);
        await editor.ExpectNoProblemsAsync();

        AccessibilityTests.AssertNoBlockingViolations(await editor.Page.RunAxe());
    }
}
