using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// What a page in Arabic must show: the document set right to left in Arabic, and no interface text left in
/// English. Text people wrote (quiz content, articles, names) is marked with data-authored by the pages, or quoted
/// in «» within a sentence, and is passed over, as are addresses (translate="no"), the language switcher's names and the names of products and
/// file formats, which Arabic writes in Latin letters.
/// </summary>
internal static class LanguageChecks
{
    // Every visible or screen-reader text node with two Latin letters in a row, outside authored content.
    private const string LatinText = """
        () => {
          const exempt = '[data-authored], [translate="no"], script, style, noscript, code, .pin';
          // A sentence names a quiz or an article by its title in quotation marks: the quoted words are authored.
          const quoted = /«[^»]*»|“[^”]*”/g;
          // A class code is six characters to type from the code alphabet (no I, L, O, 0 or 1), in no language;
          // a code can be all letters, so its shape, not a digit in it, tells it from a word.
          const codes = /\b[A-HJKMNP-Z2-9]{6}\b/g;
          // Names of products and file formats are written in Latin letters in Arabic text too.
          const names = /\b(AleppoQuiz|Moodle|GIFT|XML|YAML|Kahoot|CSV|xlsx|IMS|QTI|HTML|html|txt|Excel|HTTP)\b/g;
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest(exempt) || parent.closest('[lang]')?.lang.split('-')[0] !== 'ar') continue;
            if (parent.closest('[hidden]') || getComputedStyle(parent).display === 'none') continue;
            if (!/[A-Za-z]{2}/.test(node.textContent.replace(quoted, '').replace(names, '').replace(codes, ''))) continue;
            found.push(parent.tagName.toLowerCase() + (parent.className ? '.' + parent.className.toString().split(' ').join('.') : '') + ' “' + node.textContent.trim().slice(0, 80) + '”');
          }
          return found;
        }
        """;

    /// <summary>The page is in Arabic, right to left, with no English interface text left on it.</summary>
    public static async Task AssertArabicAsync(IPage page, string where)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var english = await page.EvaluateAsync<string[]>(LatinText);
        Assert.True(english.Length == 0, $"English left on {where}:{Environment.NewLine}{string.Join(Environment.NewLine, english)}");
    }

    /// <summary>The Arabic checks, then the checks every screen passes (screenshot, contrast, overflow at every width).</summary>
    public static async Task CheckArabicScreenAsync(BrowserFixture browser, IPage page, string name)
    {
        await AssertArabicAsync(page, name);
        await PageChecks.CheckScreenAsync(browser, page, name);
    }

    /// <summary>
    /// axe's label-content-name-mismatch: a control named by aria-label must say the words it shows, so that a
    /// person who speaks the visible label to voice control reaches it.
    /// </summary>
    public static async Task AssertNamesSayTheirLabelsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = ["label-content-name-mismatch"] },
        });
        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => n.Target.ToString())).ToArray();
        Assert.True(problems.Length == 0, $"Names that do not say their visible label on {where}: {string.Join(", ", problems)}");
    }

    /// <summary>A number as the page writes it in Arabic: the browser's own Arabic number format decides the digits.</summary>
    public static Task<string> ArabicNumberAsync(IPage page, int value) =>
        page.EvaluateAsync<string>("n => new Intl.NumberFormat('ar').format(n)", value);
}
