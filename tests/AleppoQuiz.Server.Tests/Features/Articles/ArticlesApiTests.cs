using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Articles;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Articles;

public sealed class ArticlesApiTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Articles_are_for_signed_in_teachers_only()
    {
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/articles/bbc")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/articles", new PasteArticleRequest("T", "O", null, "2016-12-16", null, "Text."))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/articles/bbc")).StatusCode);
    }

    [Fact]
    public async Task The_five_reports_are_listed_with_their_outlets()
    {
        var articles = await client.GetFromJsonAsync<ArticleSummary[]>("/api/articles");

        Assert.Equal(["afp", "bbc", "nbc", "rferl", "voa"], articles!.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal("AFP", articles!.Single(a => a.Id == "afp").Outlet);
        Assert.Equal("BBC / Reuters", articles!.Single(a => a.Id == "bbc").WireCredit);
        Assert.All(articles!, a => Assert.InRange(a.Date, new DateOnly(2016, 12, 16), new DateOnly(2016, 12, 17)));
        Assert.All(articles!, a => Assert.Equal(("bank", false), (a.Origin, a.IsOwn)));
    }

    [Fact]
    public async Task An_article_carries_the_spans_every_question_quotes_from_it()
    {
        var quizzes = await client.GetFromJsonAsync<QuizSummary[]>("/api/quizzes");
        var quiz = await client.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quizzes![0].Id}");
        var evidence = quiz!.Questions[0].Evidence[0];

        var article = await client.GetFromJsonAsync<ArticleDetail>($"/api/articles/{evidence.ArticleId}");

        Assert.Equal(evidence.Outlet, article!.Outlet);
        Assert.Contains(article.Evidence, s => s.QuestionId == quiz.Questions[0].Id && s.Start == evidence.Start);
        Assert.All(article.Evidence, s => Assert.Equal(s.Quote, article.Text[s.Start..s.End]));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/articles/reuters");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
