using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>After signing in, a teacher goes back only to a page of this site, however the link was crafted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInReturnInBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2F%0A%2Fevil.example%2Flibrary.html")]
    public async Task A_return_address_that_the_browser_would_read_as_another_site_leads_to_the_library(string crafted)
    {
        var page = await browser.NewPageAsync(1024, 768);
        await page.GotoAsync($"/teacher.html?return={crafted}");

        await TeacherAccount.RegisterAsync(page, "Rami Teacher");

        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(new Uri(browser.BaseAddress, "/library.html").ToString()) + "$"));
    }

    [Fact]
    public async Task A_return_address_on_this_site_is_kept()
    {
        var page = await browser.NewPageAsync(1024, 768);
        await page.GotoAsync("/teacher.html?return=%2Fclasses.html");

        await TeacherAccount.RegisterAsync(page, "Lina Teacher");

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("/classes.html") + "$"));
    }
}
