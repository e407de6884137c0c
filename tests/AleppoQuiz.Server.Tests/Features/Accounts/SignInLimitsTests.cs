using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Accounts;
using Microsoft.AspNetCore.Hosting;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

public class SignInLimitsTests
{
    // Each attempt names another account, so the wrong-password throttle (see ThrottledSignInTests) stays out of it.
    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var factory = new QuizServerFactory { SignInAttemptsPerMinute = 10 };
        var client = factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/account/login", new SignInRequest($"nobody{i}@school.example", "whatever")));
        }

        Assert.All(responses.Take(10), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        Assert.InRange(responses[^1].Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
    }

    [Fact]
    public async Task The_configured_administrator_exists_on_first_start()
    {
        await using var factory = new AdministratorFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login", new SignInRequest("head@school.example", "a long admin password"));

        var me = await response.Content.ReadFromJsonAsync<AccountInfo>();
        Assert.True(me!.IsAdministrator);
    }

    private sealed class AdministratorFactory : QuizServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Administrator:Email", "head@school.example");
            builder.UseSetting("Administrator:Password", "a long admin password");
        }
    }
}
