using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Accounts;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

/// <summary>
/// Wrong passwords slow down whoever types them, from where they type them, with waits that double; they never
/// lock the teacher whose password is being guessed out of their own account.
/// </summary>
public sealed class ThrottledSignInTests : IAsyncLifetime
{
    private const string Attacker = "203.0.113.7";
    private const string School = "198.51.100.20";
    private readonly ApprovalServerFactory factory = new();
    private readonly string email = $"target.{Guid.NewGuid():N}@school.example";

    public async Task InitializeAsync() =>
        await SignedInTeacher.RegisterAndSignInAsync(factory.NewClient(), email, "Target");

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Guessing_from_another_address_never_locks_the_owner_out()
    {
        var attacker = factory.ClientAt(Attacker);
        for (var i = 0; i < 12; i++)
        {
            await attacker.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "guess " + i));
            factory.AccountClock.Advance(TimeSpan.FromSeconds(1));
        }

        var owner = await factory.ClientAt(School).PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password));
        var attackerWithTheRightPassword = await attacker.PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password));

        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithTheRightPassword.StatusCode);
    }

    [Fact]
    public async Task After_a_few_free_mistakes_each_wrong_password_doubles_the_wait()
    {
        var attacker = factory.ClientAt(Attacker);
        for (var i = 0; i < SignInThrottle.FreeMistakesPerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "guess " + i))).StatusCode);
        }

        var waits = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "again " + round))).StatusCode);
            var refused = await attacker.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "too soon " + round));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(AccountMessages.ThrottledCode, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            var wait = refused.Headers.RetryAfter!.Delta!.Value;
            waits.Add(wait.TotalSeconds);
            factory.AccountClock.Advance(wait);
        }

        Assert.Equal([1, 2, 4, 8], waits);
    }

    [Fact]
    public async Task An_unknown_address_and_a_known_one_are_refused_alike()
    {
        var client = factory.ClientAt(School);

        var unknown = await client.PostAsJsonAsync("/api/account/login", new SignInRequest($"nobody.{Guid.NewGuid():N}@school.example", "some password"));
        var known = await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "some password"));

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(await ShownAsync(unknown), await ShownAsync(known));
    }

    [Fact]
    public async Task Trying_many_accounts_from_one_address_is_slowed_too()
    {
        var sprayer = factory.ClientAt(Attacker);
        HttpResponseMessage last = new();
        for (var i = 0; i <= SignInThrottle.FreeMistakesPerAddress + 1; i++)
        {
            last = await sprayer.PostAsJsonAsync("/api/account/login", new SignInRequest($"someone{i}@school.example", "password123"));
        }

        var owner = await factory.ClientAt(School).PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    // Everything a client is told, without the trace id that differs per request anyway.
    private static async Task<string> ShownAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join("|", new[] { "status", "title", "detail", "code" }.Select(name => problem.GetProperty(name).ToString()));
    }
}
