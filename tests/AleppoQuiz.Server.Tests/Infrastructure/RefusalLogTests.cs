using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.Extensions.Logging;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>What an operator reads when sign-ins fail or an import is refused: one line, no stack trace.</summary>
public sealed class RefusalLogTests(LiveServerFactory factory) : IClassFixture<LiveServerFactory>
{
    private const string Category = "AleppoQuiz.Server.Infrastructure.RefusalLog";

    [Fact]
    public async Task A_wrong_password_is_logged_as_information_with_its_code_and_no_stack_trace()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login", new { email = "nobody@school.example", password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(factory.Log.Lines, l => l.Category == Category && l.Message.StartsWith("Sign-in failed", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
    }

    [Fact]
    public async Task A_refused_article_import_is_logged_with_its_code()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);

        var response = await teacher.PostAsJsonAsync("/api/articles", new { text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(factory.Log.Lines, l => l.Category == Category && l.Message.StartsWith("Import refused at /api/articles", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
    }
}
