using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The attribution engine in the teacher's pages: the claims map of the built-in story with its disagreements and
/// each statement shown in its article, and a drafted question accepted into a quiz in the editor.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StoryPagesInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_claims_map_shows_where_the_outlets_disagree_and_opens_statements_in_their_article()
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/claims.html");
        await TeacherAccount.RegisterAsync(page, "Mr Saleh");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Where the sources disagree" })).ToBeVisibleAsync();

        // The evacuee count: AFP's Observatory figure against the BBC's, each with its own words.
        var evacuees = page.Locator(".disagree-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "How many people evacuated?" }) });
        await Expect(evacuees.Locator(".side[data-value='some 8,500'] .according")).ToHaveTextAsync("according to Syrian Observatory for Human Rights, in AFP");
        await Expect(evacuees.Locator(".side[data-value='some 8,500'] mark")).ToContainTextAsync("8,500 people had left");
        await Expect(evacuees.Locator(".side[data-value='at least 6,000'] .outlet")).ToHaveTextAsync("BBC");
        await Expect(evacuees.Locator(".side[data-value='at least 6,000'] mark")).ToContainTextAsync("At least 6000 people left east Aleppo");

        // Complete or not over: one card for the proposition, each voice once per outlet with its own words.
        var evacuation = page.Locator(".disagree-card.contradicting-claims").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "“The evacuation is complete”: yes or no?" }) });
        await Expect(evacuation).ToHaveCountAsync(1);
        var ministry = evacuation.Locator(".side").Filter(new() { HasText = "Yes, says Russia’s Defense Ministry, in Voice of America" });
        await Expect(ministry).ToHaveCountAsync(1);
        await Expect(ministry.Locator("mark")).ToContainTextAsync("the evacuation is complete");
        var minister = evacuation.Locator(".side").Filter(new() { HasText = "No, says Mevlut Cavusoglu, in AFP" });
        await Expect(minister).ToHaveCountAsync(1);
        await Expect(minister.Locator("mark")).ToContainTextAsync("The evacuations are not over");

        // Who fired on the convoys: the government blames rebels, rebel sources blame pro-government militias.
        var convoys = page.Locator(".disagree-card.contradicting-claims").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "“Rebels fired on the convoys”: yes or no?" }) });
        await Expect(convoys.Locator(".side").Filter(new() { HasText = "Yes, says government, in BBC" })).ToHaveCountAsync(1);
        var rebelSources = convoys.Locator(".side").Filter(new() { HasText = "No, pro-government forces did, says rebel sources, in NBC News" });
        await Expect(rebelSources.Locator("mark")).ToContainTextAsync("pro-government militias opened fire on buses");

        // One village, spelled by each outlet its own way.
        var foua = page.Locator(".disagree-card.place-spellings").Filter(new() { Has = page.Locator(".side[data-spelling='Fuaa']") });
        await Expect(foua.Locator(".side[data-spelling='Fuaa'] .according")).ToHaveTextAsync("used by AFP");
        await Expect(foua.Locator(".side[data-spelling='Foua'] .according")).ToHaveTextAsync("used by NBC News, Voice of America");

        // Who said what: Cavusoglu's quote, opened in AFP's article with its words marked; Escape returns focus.
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "AFP", Exact = true })).ToBeVisibleAsync();
        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Mevlut Cavusoglu" }) });
        var statement = row.GetByRole(AriaRole.Button, new() { NameRegex = EvacuationsNotOver() }).First;
        await statement.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Heading)).ToHaveTextAsync(new Regex("^AFP: "));
        await Expect(dialog.Locator("mark")).ToContainTextAsync("The evacuations are not over");
        await Expect(dialog.Locator("mark")).ToBeInViewportAsync();
        await browser.ScreenshotAsync(page, "teacher-claims-article");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(statement).ToBeFocusedAsync();

        // The questions drafted from the same articles are listed under the map.
        await Expect(page.Locator(".map-draft").First).ToBeVisibleAsync();

        AccessibilityTests.AssertNoBlockingViolations(await page.RunAxe());
        await PageChecks.CheckScreenAsync(browser, page, "teacher-claims");
        await page.Locator("#who-said-title").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "teacher-claims-table.png") });
    }

    [Fact]
    public async Task A_statement_card_shows_its_cue_once_even_when_the_cue_sits_inside_the_words_said()
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/claims.html");
        await TeacherAccount.RegisterAsync(page, "Ms Haddad");

        // AFP: the Observatory "also said the suspension appeared to be related to the two villages"; the card for
        // "appeared" reads cue, then the words around it, under the Observatory rather than under no named speaker.
        var row = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Syrian Observatory for Human Rights" }) });
        var card = row.Locator("button.statement").Filter(new() { Has = page.Locator(".cue", new() { HasText = "appeared" }) });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync("to be related to the two villages");
        var text = await card.InnerTextAsync();
        Assert.Single(Regex.Matches(text, @"\bappeared\b"));
    }

    [Fact]
    public async Task A_draft_from_the_articles_is_accepted_into_a_quiz_and_another_opens_in_the_form()
    {
        var (library, _) = await LibraryScreen.OpenAsNewTeacherAsync(browser, "Ms Darwish");
        var editor = await library.CreateQuizAsync("Drafted questions");
        var page = editor.Page;
        var drafts = page.Locator(".draft-row");
        await Expect(drafts).ToHaveCountAsync(5);
        var first = drafts.First;
        var prompt = await first.Locator(".draft-prompt").InnerTextAsync();
        await Expect(first.Locator(".evidence-chip .outlet").First).Not.ToBeEmptyAsync();
        await browser.ScreenshotAsync(page, "teacher-editor-drafts");

        await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept: ") }).ClickAsync();
        await Expect(page.Locator(".question-row .q-prompt")).ToHaveTextAsync([prompt]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Questions (1)" })).ToBeVisibleAsync();
        await Expect(page.Locator(".draft-row .draft-prompt").First).Not.ToHaveTextAsync(prompt);
        var saved = await AnswerKey.GetAsync<QuizShape>(page, $"/api/quizzes/{QuizIdOf(page.Url)}");
        Assert.Equal(prompt, Assert.Single(saved.Questions).Prompt);

        // Rejected drafts leave the list; an edited one fills the question form without saving it.
        var second = await drafts.First.Locator(".draft-prompt").InnerTextAsync();
        await drafts.First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reject: ") }).ClickAsync();
        await Expect(drafts.First.Locator(".draft-prompt")).Not.ToHaveTextAsync(second);
        var third = await drafts.First.Locator(".draft-prompt").InnerTextAsync();
        await drafts.First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit: ") }).ClickAsync();
        await Expect(editor.Form.GetByLabel("Question", new() { Exact = true })).ToHaveValueAsync(third);
        await Expect(editor.Form.Locator(".evidence-chip").First).ToBeVisibleAsync();
        await Expect(page.Locator(".question-row")).ToHaveCountAsync(1);
        await PageChecks.CheckScreenAsync(browser, page, "teacher-editor-drafts");

        // Drafting from chosen articles: every draft rests on them alone, and one is accepted from them.
        await page.GetByText("Articles to draft from").ClickAsync();
        await page.GetByLabel(new Regex("^AFP: ")).CheckAsync();
        await page.GetByLabel(new Regex("^BBC: ")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft from these articles" }).ClickAsync();
        await Expect(page.GetByText("Articles to draft from (2)")).ToBeVisibleAsync();
        await Expect(drafts.First).ToBeVisibleAsync();
        var outlets = await page.Locator(".draft-row .evidence-chip .outlet").AllInnerTextsAsync();
        Assert.NotEmpty(outlets);
        Assert.All(outlets, outlet => Assert.Contains(outlet, new[] { "AFP", "BBC" }));
        var chosen = await drafts.First.Locator(".draft-prompt").InnerTextAsync();
        await drafts.First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept: ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Questions (2)" })).ToBeVisibleAsync();
        await Expect(page.Locator(".question-row .q-prompt").Last).ToHaveTextAsync(chosen);
    }

    private static string QuizIdOf(string url) => QuizParameter().Match(url).Groups[1].Value;

    [GeneratedRegex("[?&]quiz=([^&#]+)")]
    private static partial Regex QuizParameter();

    [GeneratedRegex("^said .*The evacuations are not over")]
    private static partial Regex EvacuationsNotOver();

    internal sealed class QuizShape
    {
        public List<QuestionShape> Questions { get; set; } = [];
    }

    internal sealed class QuestionShape
    {
        public string Prompt { get; set; } = "";
    }
}
