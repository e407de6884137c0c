using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// What a page in Arabic must show: the document set right to left in Arabic, and no interface text left in
/// English. Text people wrote (quiz content, articles, names) is marked with data-authored by the pages and is
/// passed over, as are the product's name and addresses (translate="no") and the language switcher's names.
/// </summary>
internal static class LanguageChecks
{
    // Every visible or screen-reader text node with two Latin letters in a row, outside authored content.
    private const string LatinText = """
        () => {
          const exempt = '[data-authored], [translate="no"], script, style, noscript, code, .pin';
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest(exempt) || parent.closest('[lang]')?.lang.split('-')[0] !== 'ar') continue;
            if (parent.closest('[hidden]') || getComputedStyle(parent).display === 'none') continue;
            if (!/[A-Za-z]{2}/.test(node.textContent)) continue;
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

    /// <summary>Digits as Arabic writes them (٠١٢…), the way the pages format numbers in Arabic.</summary>
    public static string ArabicDigits(int value) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('\u0660' + (d - '0'))));
}
