using System.Net;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>The API reference page reads the server's own OpenAPI document.</summary>
public sealed class ApiReferenceTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    [Fact]
    public async Task The_reference_page_is_served_over_the_openapi_document()
    {
        var client = factory.CreateClient();

        var page = await client.GetAsync("/api-reference");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Only_the_reference_page_may_run_inline_scripts()
    {
        var client = factory.CreateClient();

        var reference = await client.GetAsync("/api-reference/");
        var joinPage = await client.GetAsync("/");

        Assert.Contains("'unsafe-inline'", reference.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", joinPage.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
