using System.Net;
using System.Text;
using System.Text.Json;

namespace AleppoQuiz.Server.Tests.Features.Articles;

/// <summary>Inputs that cannot become an article: each is refused with a clear problem and leaves the articles as they were.</summary>
public sealed class ArticleImportRefusalTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;
    private int articlesBefore;

    public async Task InitializeAsync()
    {
        teacher = await SignedInTeacher.CreateAsync(factory);
        articlesBefore = await teacher.ArticleCountAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t ")]
    public async Task Empty_text_is_refused(string text) =>
        await RefusedAsync(await teacher.PasteAsync(ArticleRequests.Paste(text)), HttpStatusCode.BadRequest, "article-empty");

    [Fact]
    public async Task An_empty_file_is_refused() =>
        await RefusedAsync(await teacher.UploadAsync("story.txt", [], "text/plain", ArticleRequests.Details()), HttpStatusCode.BadRequest, "article-empty");

    [Theory]
    [InlineData(new byte[] { 0x54, 0x68, 0x65, 0x00, 0x01, 0x02, 0x74, 0x61, 0x6C, 0x6B, 0x73 })]
    [InlineData(new byte[] { 0x54, 0x68, 0x65, 0x20, 0xC3, 0x28, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73, 0x2E })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x54, 0x00, 0x68, 0x00, 0x65, 0x00 })]
    public async Task Bytes_that_are_not_utf8_text_are_refused(byte[] content)
    {
        var problem = await RefusedAsync(await teacher.UploadAsync("story.txt", content, "text/plain", ArticleRequests.Details()), HttpStatusCode.BadRequest);

        Assert.Contains("not a text or HTML file", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_nul_character_is_refused_as_binary() =>
        await RefusedAsync(await teacher.PasteAsync(ArticleRequests.Paste("The talks\0 ended.")), HttpStatusCode.BadRequest, "article-not-text");

    [Fact]
    public async Task A_file_over_one_megabyte_is_refused()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(ArticleRequests.Story + "\n\n", 5000)));
        Assert.True(content.Length > 1024 * 1024);

        await RefusedAsync(await teacher.UploadAsync("story.txt", content, "text/plain", ArticleRequests.Details()), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Pasted_text_over_one_megabyte_is_refused() =>
        await RefusedAsync(
            await teacher.PasteAsync(ArticleRequests.Paste(new string('a', (1024 * 1024) + 1))), HttpStatusCode.RequestEntityTooLarge);

    [Theory]
    [InlineData("story.pdf", "application/pdf")]
    [InlineData("story.docx", "application/octet-stream")]
    [InlineData("story.txt", "application/pdf")]
    public async Task Files_other_than_text_and_html_are_refused(string fileName, string contentType) =>
        await RefusedAsync(
            await teacher.UploadAsync(fileName, "%PDF-1.7"u8.ToArray(), contentType, ArticleRequests.Details()),
            HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task An_upload_that_is_not_a_multipart_form_is_refused() =>
        await RefusedAsync(
            await teacher.PostAsync("/api/articles/upload", new FormUrlEncodedContent([new("file", ArticleRequests.Story)])),
            HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task Text_that_is_all_boilerplate_leaves_nothing_to_import() =>
        await RefusedAsync(
            await teacher.PasteAsync(ArticleRequests.Paste("IE 11 is not supported. For an optimal experience visit our site on another browser.\nView full gallery\nDocument #1268182")),
            HttpStatusCode.BadRequest, "article-no-story");

    [Fact]
    public async Task A_page_without_story_text_leaves_nothing_to_import() =>
        await RefusedAsync(
            await teacher.UploadTextAsync("empty.html", "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", ArticleRequests.Details()),
            HttpStatusCode.BadRequest, "article-no-story");

    [Fact]
    public async Task Missing_details_are_listed_field_by_field()
    {
        var problem = await RefusedAsync(
            await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story, title: null) with { Outlet = " ", Date = null }),
            HttpStatusCode.BadRequest);

        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["date", "outlet", "title"], fields);
    }

    [Fact]
    public async Task A_malformed_date_and_address_are_reported()
    {
        var problem = await RefusedAsync(
            await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story) with { Date = "20/12/2016", Url = "gazette.example/water" }),
            HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Contains("yyyy-MM-dd", errors.GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task A_title_that_contradicts_the_texts_own_headline_is_refused()
    {
        var problem = await RefusedAsync(
            await teacher.PasteAsync(ArticleRequests.Paste("Water back after a week without supply\n" + ArticleRequests.Story)),
            HttpStatusCode.BadRequest, "article-details-disagree");

        Assert.StartsWith("The metadata gives title 'Water returns to eastern districts'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_without_the_antiforgery_header_is_refused()
    {
        teacher.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        await RefusedAsync(await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story)), HttpStatusCode.BadRequest, "antiforgery-missing");
    }

    private async Task<JsonElement> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var problem = await response.ProblemAsync(status);
        if (code is not null)
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
        }

        Assert.Equal(articlesBefore, await teacher.ArticleCountAsync());
        return problem;
    }
}
