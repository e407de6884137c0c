using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher writes a find-the-evidence question with the evidence picker: a paragraph of an imported article as
/// the passage, then the words to find inside it. The phone preview offers the passage's words, and trying the
/// evidence there says it would be found.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorFindEvidenceInBrowserTests(BrowserFixture browser)
{
    private static readonly PastedArticle Story = new(
        "Buses cross the line at dawn",
        "The Harbour Courier",
        "2026-11-20",
        """
        The first convoy left the eastern districts at dawn, according to a Red Crescent official who asked not to be named.

        "Twelve buses and eight ambulances crossed the line before seven," said Leila Mansour, a volunteer coordinator, speaking by telephone.

        A second convoy was expected by noon, but officials on both sides gave no time.
        """);

    private const string Passage = "\"Twelve buses and eight ambulances crossed the line before seven,\" said Leila Mansour, a volunteer coordinator, speaking by telephone.";
    private const string Evidence = "said Leila Mansour, a volunteer coordinator";
    private const string Prompt = "Who counted the buses? Tap the words that tell you.";

    [Fact]
    public async Task A_teacher_picks_a_passage_and_the_evidence_inside_it()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Omar Teacher");
        await library.ImportArticleAsync(Story);
        var editor = await library.CreateQuizAsync("Convoy evidence");
        var form = editor.Form;
        var article = $"{Story.Outlet}: {Story.Title} ({Story.Date})";

        await editor.AddQuestionAsync();
        await Expect(form.Locator("[data-action='use-passage']")).ToBeHiddenAsync();
        await form.GetByLabel("Question type").SelectOptionAsync("find-evidence");
        await Expect(form.Locator(".passage-editor legend")).ToHaveTextAsync("The passage students read");
        await form.GetByLabel("Question", new() { Exact = true }).FillAsync(Prompt);
        await form.GetByLabel("Explanation shown after the question").FillAsync("The Courier names the coordinator after the quote.");
        await editor.PickPassageAsync(article, Passage);
        await editor.PickEvidenceAsync(article, Story.Outlet, Evidence, occurrence: 0);
        await Expect(form.Locator(".passage-editor mark")).ToHaveTextAsync(Evidence);
        await editor.ExpectNoProblemsAsync();

        // The preview is the phone's own selector: two taps on the evidence's ends would find it.
        var preview = editor.Page.Locator(".preview .fe-choices");
        await Expect(preview.Locator(".fe-word")).ToHaveCountAsync(Passage.Split(' ').Length);
        await preview.Locator(".fe-word").GetByText("said", new() { Exact = true }).ClickAsync();
        await preview.Locator(".fe-word").GetByText("coordinator,", new() { Exact = true }).ClickAsync();
        await editor.Page.Locator(".preview [data-action='submit']").ClickAsync();
        await Expect(editor.Page.Locator(".preview-outcome")).ToHaveTextAsync("A student answering this would be right.");
        await PageChecks.CheckScreenAsync(browser, editor.Page, "editor-find-evidence");
        await editor.SaveAsync(Prompt);
    }
}
