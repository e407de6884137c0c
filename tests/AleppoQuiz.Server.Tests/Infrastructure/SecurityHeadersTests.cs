using System.Net;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>Every page, file and API answer carries the security headers, and none names the server software.</summary>
public sealed class SecurityHeadersTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    public static TheoryData<string> Pages() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server", "wwwroot"), "*.html")
            .Select(path => "/" + Path.GetFileName(path)));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_carries_the_headers(string page) =>
        await AssertHeadersAsync(page, HttpStatusCode.OK);

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/api/classes", HttpStatusCode.Unauthorized)]
    [InlineData("/api/account/antiforgery", HttpStatusCode.OK)]
    [InlineData("/api/practice/no-such-homework", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no-such-file.js", HttpStatusCode.NotFound)]
    public async Task Api_answers_errors_and_files_carry_the_headers(string path, HttpStatusCode status) =>
        await AssertHeadersAsync(path, status);

    private async Task AssertHeadersAsync(string path, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Empty(response.Headers.Server);
    }
}
