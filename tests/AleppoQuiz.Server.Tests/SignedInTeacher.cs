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
        var response = await client.PostAsJsonAsync("/api/account/register", new RegisterRequest(email, Password, name));
        response.EnsureSuccessStatusCode();
        await AddAntiforgeryHeaderAsync(client);
        return client;
    }

    /// <summary>A signed-in client and its cookie header, for a host connection made outside the client.</summary>
    public static async Task<(HttpClient Client, string Cookie)> CreateWithCookieAsync(WebApplicationFactory<Program> factory)
    {
        var cookies = new System.Net.CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var email = $"owner.{Guid.NewGuid():N}@school.example";
        (await client.PostAsJsonAsync("/api/account/register", new RegisterRequest(email, Password, "Owner"))).EnsureSuccessStatusCode();
        await AddAntiforgeryHeaderAsync(client);
        return (client, cookies.GetCookieHeader(new Uri("http://localhost")));
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
        var response = await client.PostAsJsonAsync("/api/account/register", new RegisterRequest(email, Password, "Host"));
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
