using System.Net;
using System.Text.Json;

namespace AleppoQuiz.Server.Tests.Infrastructure;

public sealed class ServiceEndpointsTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Health_reports_healthy_once_the_database_is_ready()
    {
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_quiz_and_article_endpoints()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/quizzes", paths);
        Assert.Contains("/api/quizzes/{id}", paths);
        Assert.Contains("/api/articles/{id}", paths);
    }

    [Fact]
    public async Task An_unknown_address_answers_with_a_problem_body()
    {
        var response = await client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
