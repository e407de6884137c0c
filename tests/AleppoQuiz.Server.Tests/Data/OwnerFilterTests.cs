using System.Net.Http.Json;
using System.Security.Claims;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Tests.Features.Articles;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// The database keeps each teacher to their own rows and the built-in ones without any query asking for it; work
/// done for nobody in particular sees no teacher's rows until it switches the filter off by name.
/// </summary>
public sealed class OwnerFilterTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private string ownerId = "";
    private string colleagueId = "";
    private string articleId = "";

    public async Task InitializeAsync()
    {
        var owner = await SignedInTeacher.CreateAsync(factory);
        var colleague = await SignedInTeacher.CreateAsync(factory);
        ownerId = (await owner.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Id;
        colleagueId = (await colleague.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Id;
        articleId = (await (await owner.PasteAsync(ArticleRequests.Paste(ArticleRequests.Story))).CreatedAsync()).Article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_teacher_sees_their_own_article_and_the_built_in_ones()
    {
        var seen = await ArticlesSeenByAsync(ownerId);

        Assert.Contains(articleId, seen);
        Assert.Contains("bbc", seen);
    }

    [Fact]
    public async Task Another_teacher_does_not_see_it()
    {
        var seen = await ArticlesSeenByAsync(colleagueId);

        Assert.DoesNotContain(articleId, seen);
        Assert.Contains("bbc", seen);
    }

    [Fact]
    public async Task Work_for_nobody_sees_it_only_once_it_switches_the_owner_filter_off()
    {
        var seen = await ArticlesSeenByAsync(teacherId: null);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();

        Assert.DoesNotContain(articleId, seen);
        Assert.True(await db.Articles.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).AnyAsync(a => a.Id == articleId));
    }

    // As a request signed in as this teacher (or as no one) would read the articles.
    private async Task<string[]> ArticlesSeenByAsync(string? teacherId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = teacherId is null
                ? new ClaimsPrincipal(new ClaimsIdentity())
                : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, teacherId)], "test")),
        };
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
            return await db.Articles.Select(a => a.Id).ToArrayAsync();
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
