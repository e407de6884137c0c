using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Articles;

/// <summary>An imported article is its teacher's alone: others cannot see or delete it, and a quoted one stays.</summary>
public sealed class ArticleOwnershipTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient owner = null!;
    private HttpClient colleague = null!;
    private string articleId = "";

    public async Task InitializeAsync()
    {
        owner = await SignedInTeacher.CreateAsync(factory);
        colleague = await SignedInTeacher.CreateAsync(factory);
        articleId = (await (await owner.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story))).CreatedAsync()).Article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_teacher_neither_lists_nor_opens_it()
    {
        var list = await colleague.GetFromJsonAsync<ArticleSummary[]>("/api/articles");

        Assert.DoesNotContain(list!, a => a.Id == articleId);
        Assert.Contains(list!, a => a.Id == "bbc");
        await (await colleague.GetAsync($"/api/articles/{articleId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_teacher_cannot_delete_it()
    {
        await (await colleague.DeleteAsync($"/api/articles/{articleId}")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/articles/{articleId}")).StatusCode);
    }

    [Fact]
    public async Task The_owner_deletes_it()
    {
        var count = await owner.ArticleCountAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/articles/{articleId}")).StatusCode);

        await (await owner.GetAsync($"/api/articles/{articleId}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(count - 1, await owner.ArticleCountAsync());
    }

    [Fact]
    public async Task A_built_in_article_cannot_be_deleted() =>
        await (await owner.DeleteAsync("/api/articles/bbc")).ProblemAsync(HttpStatusCode.Forbidden);

    [Fact]
    public async Task An_article_a_question_quotes_cannot_be_deleted()
    {
        var quizId = await AddQuizQuotingAsync(articleId);

        var problem = await (await owner.DeleteAsync($"/api/articles/{articleId}")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal([quizId], problem.GetProperty("quizIds").EnumerateArray().Select(id => id.GetString()));
        var article = await owner.GetFromJsonAsync<ArticleDetail>($"/api/articles/{articleId}");
        Assert.Single(article!.Evidence);
    }

    /// <summary>Stands in for a quiz the owner wrote: one question whose evidence quotes the article's first sentence.</summary>
    private async Task<string> AddQuizQuotingAsync(string id)
    {
        var teacherId = (await owner.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Id;
        var quizId = "water-quiz-" + Guid.NewGuid().ToString("N")[..6];
        var quote = ArticleRequests.Story[..ArticleRequests.Story.IndexOf('\n', StringComparison.Ordinal)];
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        db.Quizzes.Add(new StoredQuiz
        {
            Id = quizId,
            OwnerId = teacherId,
            Title = "Water",
            Description = "Who said the water was back?",
            Origin = ContentOrigin.Teacher,
            ContentHash = "",
            Questions =
            [
                new StoredQuestion
                {
                    Id = quizId + "-q1", QuizId = quizId, Type = "SingleChoice", Skill = "attribution", Difficulty = "Easy",
                    TimeLimitSeconds = 20, Points = 1000, Prompt = "Who said the water was restored?", Explanation = "The council.",
                    Evidence = [new StoredEvidence { QuestionId = quizId + "-q1", ArticleId = id, Quote = quote, Start = 0, End = quote.Length }],
                },
            ],
        });
        await db.SaveChangesAsync();
        return quizId;
    }
}
