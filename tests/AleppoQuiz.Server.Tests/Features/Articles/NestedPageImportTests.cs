using System.Net;
using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Server.Tests.Features.Articles;

/// <summary>
/// Pages nested tens of thousands of elements deep, pasted or uploaded: refused with a coded problem, and the
/// server goes on importing ordinary stories afterwards.
/// </summary>
public sealed class NestedPageImportTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    private static string Nested(string tag, int depth) =>
        "<!doctype html><html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + ArticleRequests.Story + "</body></html>";

    [Fact]
    public async Task Fifty_thousand_pasted_divs_are_refused_and_the_server_carries_on()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);

        var response = await teacher.PasteAsync(ArticleRequests.Paste(Nested("div", 50_000)));

        await AssertTooDeepAsync(response);
        await ArticleRequests.CreatedAsync(await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story)));
    }

    [Fact]
    public async Task Sixty_thousand_uploaded_spans_are_refused_and_the_server_carries_on()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);
        var before = await teacher.ArticleCountAsync();

        var response = await teacher.UploadTextAsync("deep.html", Nested("span", 60_000), ArticleRequests.Details());

        await AssertTooDeepAsync(response);
        Assert.Equal(before, await teacher.ArticleCountAsync());
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/articles")).StatusCode);
    }

    private static async Task AssertTooDeepAsync(HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("html-too-deep", problem.GetProperty("code").GetString());
        Assert.Equal(HtmlNesting.MaximumDepth, problem.GetProperty("maximumDepth").GetInt32());
        Assert.Contains("levels deep", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
