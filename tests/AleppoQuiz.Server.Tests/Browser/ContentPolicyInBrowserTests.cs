using AleppoQuiz.Testing;
using Microsoft.Playwright;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>Each page loads in Chromium under the content security policy without the browser blocking anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentPolicyInBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server", "wwwroot"), "*.html")
            .Select(path => "/" + Path.GetFileName(path)));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_loads_without_policy_violations(string path)
    {
        var page = await browser.NewPageAsync(1024, 768);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }
}
