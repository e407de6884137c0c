using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The teacher's library on a laptop-sized page: quizzes, templates and articles.</summary>
internal sealed class LibraryScreen(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Opens the library as a new teacher, who is sent to register first and brought back.</summary>
    public static async Task<(LibraryScreen Library, TeacherAccount Teacher)> OpenAsNewTeacherAsync(BrowserFixture browser, string name)
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/library.html");
        var teacher = await TeacherAccount.RegisterAsync(page, name);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{name}’s library" })).ToBeVisibleAsync();
        return (new LibraryScreen(page), teacher);
    }

    public ILocator ArticleForm => Page.Locator("form.article-form");

    /// <summary>Fills the import form with pasted text and the story's details, and presses "Import article".</summary>
    public async Task SubmitPastedArticleAsync(PastedArticle article)
    {
        var form = ArticleForm;
        await form.GetByLabel("Pasted text").CheckAsync();
        await form.GetByLabel("Article text").FillAsync(article.Text);
        await form.GetByLabel("Title", new() { Exact = true }).FillAsync(article.Title);
        await form.GetByLabel("Outlet", new() { Exact = true }).FillAsync(article.Outlet);
        await form.GetByLabel("Date published").FillAsync(article.Date);
        await form.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
    }

    public async Task ImportArticleAsync(PastedArticle article)
    {
        await SubmitPastedArticleAsync(article);
        await Expect(ArticleForm.Locator(".import-done")).ToContainTextAsync($"Imported “{article.Title}”");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Your articles" }).Locator(".article-title")).ToHaveTextAsync([article.Title]);
    }

    /// <summary>Creates an empty quiz; the editor opens on it.</summary>
    public async Task<EditorScreen> CreateQuizAsync(string title)
    {
        await Page.GetByLabel("Quiz title").FillAsync(title);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true, Level = 1 })).ToBeVisibleAsync();
        return new EditorScreen(Page);
    }
}

/// <summary>A story as a teacher pastes it, with the details typed beside it.</summary>
internal sealed record PastedArticle(string Title, string Outlet, string Date, string Text);
