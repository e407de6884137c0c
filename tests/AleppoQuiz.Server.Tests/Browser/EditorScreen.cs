using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>The quiz editor, driven the way a teacher writes a question: fields, options, then evidence.</summary>
internal sealed class EditorScreen(IPage page)
{
    // Selects the occurrence of a phrase in the article's text node with a DOM Range, as a mouse drag would.
    private const string SelectInArticle = """
        (article, [quote, occurrence]) => {
          const node = article.firstChild;
          let at = -1;
          for (let i = 0; i <= occurrence; i++) at = node.data.indexOf(quote, at + 1);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + quote.length);
          const selection = document.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          return at;
        }
        """;

    public IPage Page { get; } = page;

    public ILocator Form => Page.Locator("form.question-form");

    public ILocator Findings => Page.Locator("#findings");

    public async Task AddQuestionAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "New question" })).ToBeFocusedAsync();
    }

    /// <summary>Writes a single-choice question: prompt, the options (the first one right) and the explanation.</summary>
    public async Task WriteSingleChoiceAsync(string skill, string prompt, string[] options, string explanation)
    {
        await Form.GetByLabel("Question type").SelectOptionAsync("single");
        await Form.GetByLabel("Skill it trains").SelectOptionAsync(skill);
        await Form.GetByLabel("Time limit (seconds)").FillAsync("20");
        await Form.GetByLabel("Question", new() { Exact = true }).FillAsync(prompt);
        // A new question starts with four empty options; unused ones are removed.
        var rows = Form.Locator(".option-row");
        for (var count = await rows.CountAsync(); count > options.Length; count--)
        {
            await Form.GetByRole(AriaRole.Button, new() { Name = $"Remove option {count}", Exact = true }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(count - 1);
        }

        for (var i = 0; i < options.Length; i++)
        {
            await Form.GetByLabel($"Option {i + 1}", new() { Exact = true }).FillAsync(options[i]);
        }

        await Form.GetByLabel("Right answer: option 1").CheckAsync();
        await Form.GetByLabel("Explanation shown after the question").FillAsync(explanation);
    }

    /// <summary>
    /// Opens the article, selects the `occurrence`-th (from 0) appearance of `quote` in its text and uses the
    /// selection as evidence. Returns the offset the selection starts at in the article's text.
    /// </summary>
    public async Task<int> PickEvidenceAsync(string articleOption, string outlet, string quote, int occurrence)
    {
        await Form.GetByLabel("Article to quote").SelectOptionAsync(new SelectOptionValue { Label = articleOption });
        var article = Page.Locator("#article-text");
        await Expect(article).ToContainTextAsync(quote);
        var start = await article.EvaluateAsync<int>(SelectInArticle, new object[] { quote, occurrence });
        await Expect(Form.Locator(".pending-quote")).ToHaveTextAsync($"Selected: “{quote}”");
        await Form.GetByRole(AriaRole.Button, new() { Name = "Use selection as evidence" }).ClickAsync();
        var chip = Form.Locator(".evidence-chip").Last;
        await Expect(chip.Locator(".outlet")).ToHaveTextAsync(outlet);
        await Expect(chip.Locator(".chip-quote")).ToHaveTextAsync(quote);
        await Expect(chip).ToHaveAttributeAsync("data-start", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return start;
    }

    /// <summary>
    /// Opens the article, selects the first appearance of `passage` in its text and uses it as a find-the-evidence
    /// question's passage, which then shows where a choice question lists its options.
    /// </summary>
    public async Task PickPassageAsync(string articleOption, string passage)
    {
        await Form.GetByLabel("Article to quote").SelectOptionAsync(new SelectOptionValue { Label = articleOption });
        var article = Page.Locator("#article-text");
        await Expect(article).ToContainTextAsync(passage);
        await article.EvaluateAsync<int>(SelectInArticle, new object[] { passage, 0 });
        await Form.GetByRole(AriaRole.Button, new() { Name = "Use as passage" }).ClickAsync();
        await Expect(Form.Locator(".passage-editor blockquote")).ToHaveTextAsync(passage);
    }

    public async Task ExpectNoProblemsAsync() =>
        await Expect(Findings).ToHaveTextAsync("No problems found: ready to save.");

    public async Task SaveAsync(string prompt)
    {
        await Form.GetByRole(AriaRole.Button, new() { Name = "Save question" }).ClickAsync();
        await Expect(Page.Locator("#page-status")).ToHaveTextAsync("Question saved.");
        await Expect(Page.Locator(".question-row .q-prompt").GetByText(prompt, new() { Exact = true })).ToBeVisibleAsync();
    }
}
