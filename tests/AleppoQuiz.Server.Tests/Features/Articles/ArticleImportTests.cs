using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Articles;

namespace AleppoQuiz.Server.Tests.Features.Articles;

/// <summary>Teachers paste and upload stories through the real server; each becomes their own article.</summary>
public sealed class ArticleImportTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Water returns to eastern districts | Example Gazette</title>
          <meta property="og:site_name" content="Example Gazette">
          <meta property="article:published_time" content="2016-12-20T09:15:00+02:00">
          <link rel="canonical" href="https://gazette.example/news/water-returns#top">
          <script>trackPageView();</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <article>
            <h1>Water returns to eastern districts</h1>
            <p class="byline">By Omar Haddad</p>
            <div class="share-buttons"><a href="#">Share on Facebook</a></div>
            <p>Engineers restored water to the eastern districts on Tuesday after a week without supply, the city council said.</p>
            <p>&ldquo;The pumps are running again, but the pipes are old,&rdquo; said Rana Khoury, the council&rsquo;s head of works.</p>
            <ul class="related"><li><a href="/a">Power cuts continue</a></li></ul>
          </article>
          <footer>&copy; Example Gazette</footer>
        </body></html>
        """;

    private HttpClient teacher = null!;

    public async Task InitializeAsync() => teacher = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pasted_text_becomes_the_teachers_own_article()
    {
        var response = await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story));
        var imported = (await response.CreatedAsync()).Article;

        Assert.Matches("^water-returns-to-eastern-districts-[a-z0-9]{6}$", imported.Id);
        Assert.Equal($"/api/articles/{imported.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((ContentOrigin.Teacher, true, "Example Gazette"), (imported.Origin, imported.IsOwn, imported.WireCredit));
        var stored = await teacher.GetFromJsonAsync<ArticleDetail>($"/api/articles/{imported.Id}");
        Assert.Equal(ArticleRequests.Story, stored!.Text);
        Assert.Equal(new DateOnly(2016, 12, 20), stored.Date);
        var list = await teacher.GetFromJsonAsync<ArticleSummary[]>("/api/articles");
        Assert.Contains(list!, a => a.Id == imported.Id && a.IsOwn);
        Assert.Contains(list!, a => a.Id == "bbc" && !a.IsOwn);
    }

    [Fact]
    public async Task An_uploaded_text_file_is_cleaned_like_the_built_in_stories()
    {
        var raw = "IE 11 is not supported. For an optimal experience visit our site on another browser.\n"
                  + "Water returns to eastern districts\n" + ArticleRequests.Story + "\n- Gazette / Reuters\n";

        var imported = await (await teacher.UploadTextAsync("water.txt", raw, new Dictionary<string, string>
        {
            ["outlet"] = "Example Gazette",
            ["date"] = "2016-12-20",
        })).CreatedAsync();

        // The credit line stays quotable at the foot of the story, marked as the credit line; the credit is joint.
        Assert.Equal(ArticleRequests.Story + "\n\n- Gazette / Reuters", imported.Article.Text);
        Assert.Equal(imported.Article.Text.Split("\n\n").Length, imported.Article.CreditLineParagraph);
        Assert.Equal(("Water returns to eastern districts", "published"), (imported.Article.Title, imported.Article.TitleSource));
        Assert.Equal(("Gazette / Reuters", "water.txt"), (imported.Article.WireCredit, imported.Article.OriginalFile));
        Assert.Contains(imported.DroppedLines, line => line.StartsWith("IE 11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_uploaded_page_gives_the_story_verbatim_and_its_own_details_fill_the_blanks()
    {
        var article = (await (await teacher.UploadTextAsync("water.html", Page)).CreatedAsync()).Article;

        Assert.Equal(ArticleRequests.Story, article.Text);
        Assert.Equal(("Water returns to eastern districts", "published"), (article.Title, article.TitleSource));
        Assert.Equal(("Example Gazette", new DateOnly(2016, 12, 20)), (article.Outlet, article.Date));
        Assert.Equal("https://gazette.example/news/water-returns", article.Url);
        Assert.DoesNotContain("Omar Haddad", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_typed_by_the_teacher_win_over_the_pages_own()
    {
        var fields = new Dictionary<string, string> { ["outlet"] = "Gazette Weekly", ["title"] = "Eastern districts get water back" };

        var article = (await (await teacher.UploadTextAsync("water.html", Page, fields)).CreatedAsync()).Article;

        Assert.Equal(("Gazette Weekly", "Eastern districts get water back", "editor"), (article.Outlet, article.Title, article.TitleSource));
    }

    [Fact]
    public async Task A_standfirst_without_a_full_stop_stays_story_text_under_the_pages_headline()
    {
        const string standfirst = "Residents queued at tanks for a week while the pumping station was repaired";
        var page = Page.Replace("<p class=\"byline\">", $"<p>{standfirst}</p><p class=\"byline\">", StringComparison.Ordinal);

        var article = (await (await teacher.UploadTextAsync("water.html", page)).CreatedAsync()).Article;

        Assert.Equal("Water returns to eastern districts", article.Title);
        Assert.Equal(standfirst + "\n\n" + ArticleRequests.Story, article.Text);
    }

    [Fact]
    public async Task Pasted_page_source_is_read_as_a_page()
    {
        var article = (await (await teacher.PasteAsync(new PasteArticleRequest(null, null, null, null, null, Page))).CreatedAsync()).Article;

        Assert.Equal(ArticleRequests.Story, article.Text);
        Assert.Null(article.OriginalFile);
    }

    [Fact]
    public async Task The_same_story_again_is_a_conflict_naming_the_article_that_has_it()
    {
        var first = (await (await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story))).CreatedAsync()).Article;
        var count = await teacher.ArticleCountAsync();

        // The same story as a page, and retyped with straight quotes and other line breaks, is still the same story.
        var asPage = await (await teacher.UploadTextAsync("water.html", Page)).ProblemAsync(HttpStatusCode.Conflict);
        var retyped = ArticleRequests.Story.Replace('\u201C', '"').Replace('\u201D', '"').Replace("\n\n", "\n", StringComparison.Ordinal);
        var again = await (await teacher.PasteAsync(ArticleRequests.Paste(retyped, "Another title"))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, asPage.GetProperty("articleId").GetString());
        Assert.Equal(first.Id, again.GetProperty("articleId").GetString());
        Assert.Equal(count, await teacher.ArticleCountAsync());
    }

    [Fact]
    public async Task The_same_address_again_is_a_conflict_even_with_other_text()
    {
        var first = (await (await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story) with { Url = "https://gazette.example/news/water-returns" })).CreatedAsync()).Article;

        var response = await teacher.PasteAsync(ArticleRequests.Paste("An updated version of the story was published later in the day.")
            with { Url = "https://gazette.example/news/water-returns/#update" });

        Assert.Equal(first.Id, (await response.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task A_built_in_story_is_a_conflict_naming_the_built_in_article()
    {
        var bbc = await teacher.GetFromJsonAsync<ArticleDetail>("/api/articles/bbc");

        var response = await teacher.PasteAsync(new PasteArticleRequest("Civilians wait", "BBC", null, "2016-12-16", null, bbc!.Text));

        Assert.Equal("bbc", (await response.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task Another_teacher_may_import_the_same_story_as_their_own()
    {
        var first = (await (await teacher.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story))).CreatedAsync()).Article;
        var colleague = await SignedInTeacher.CreateAsync(factory);

        var second = (await (await colleague.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story))).CreatedAsync()).Article;

        Assert.NotEqual(first.Id, second.Id);
    }
}
