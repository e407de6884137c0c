using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AleppoQuiz.Server.Tests;

/// <summary>An HTTP client signed in as a freshly registered teacher, carrying the antiforgery header.</summary>
internal static class SignedInTeacher
{
    public const string Password = "correct horse battery";

    public static async Task<HttpClient> CreateAsync(WebApplicationFactory<Program> factory, string? name = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        name ??= "Teacher " + Guid.NewGuid().ToString("N")[..6];
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@school.example";
        await RegisterAndSignInAsync(client, email, name);
        await AddAntiforgeryHeaderAsync(client);
        return client;
    }

    /// <summary>A signed-in client and its cookie header, for a host connection made outside the client.</summary>
    public static async Task<(HttpClient Client, string Cookie)> CreateWithCookieAsync(WebApplicationFactory<Program> factory)
    {
        var cookies = new System.Net.CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var email = $"owner.{Guid.NewGuid():N}@school.example";
        await RegisterAndSignInAsync(client, email, "Owner");
        await AddAntiforgeryHeaderAsync(client);
        return (client, cookies.GetCookieHeader(new Uri("http://localhost")));
    }

    /// <summary>
    /// Registers the way the sign-in page does, then signs in: registering never signs in by itself, so that it
    /// answers the same whether or not the address was taken. The address's domain decides whether the account is
    /// approved at once (the test servers open sign-up to school.example).
    /// </summary>
    public static async Task<HttpResponseMessage> RegisterAndSignInAsync(HttpClient client, string email, string name, string? invitation = null)
    {
        var registered = await client.PostAsJsonAsync("/api/account/register", new RegisterRequest(email, Password, name, invitation));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, registered.StatusCode);
        var signedIn = await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, Password));
        signedIn.EnsureSuccessStatusCode();
        return signedIn;
    }

    /// <summary>Antiforgery tokens are bound to the signed-in user, so fetch one after signing in.</summary>
    public static async Task AddAntiforgeryHeaderAsync(HttpClient client)
    {
        var token = await client.GetFromJsonAsync<AntiforgeryToken>("/api/account/antiforgery");
        client.DefaultRequestHeaders.Remove(token!.HeaderName);
        client.DefaultRequestHeaders.Add(token.HeaderName, token.Token);
    }

    /// <summary>The cookie header of a signed-in client, for connections (such as WebSockets) made outside it.</summary>
    public static async Task<string> CookieAsync(WebApplicationFactory<Program> factory)
    {
        var handler = factory.Server.CreateHandler();
        using var client = new HttpClient(handler) { BaseAddress = factory.Server.BaseAddress };
        var email = $"host.{Guid.NewGuid():N}@school.example";
        var response = await RegisterAndSignInAsync(client, email, "Host");
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
