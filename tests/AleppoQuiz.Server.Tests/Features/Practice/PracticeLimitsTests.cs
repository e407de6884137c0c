using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Practice;

namespace AleppoQuiz.Server.Tests.Features.Practice;

/// <summary>Anonymous practice attempts are limited per address, and the refusal says when to try again.</summary>
public sealed class PracticeLimitsTests
{
    [Fact]
    public async Task Attempts_from_one_address_past_the_limit_are_refused_with_a_retry_time()
    {
        await using var factory = new QuizServerFactory { PracticeAttemptsPerMinute = 5 };
        var client = factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/practice/no-such-homework/attempts", new PracticeStart("Kim " + i, null, null)));
        }

        Assert.All(responses.Take(5), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        Assert.InRange(responses[^1].Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
    }
}
