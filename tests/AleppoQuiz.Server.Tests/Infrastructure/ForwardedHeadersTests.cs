using System.Net;
using System.Text.Json;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>
/// Behind a reverse proxy every request arrives from the proxy's address. The server believes the forwarded
/// headers of the proxies it is told to trust, and nobody else's.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string ProxyAddress = "10.0.0.9";

    [Fact]
    public async Task Wrong_pins_count_against_the_real_client_behind_a_trusted_proxy()
    {
        await using var server = new ProxiedServer("10.0.0.0/24");

        var guesser = await GuessUntilRefusedAsync(server, "203.0.113.1");
        var neighbour = await LookUpAsync(server, "203.0.113.2", "000001");

        Assert.Equal(HttpStatusCode.TooManyRequests, guesser);
        Assert.Equal(HttpStatusCode.NotFound, neighbour);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        await using var server = new ProxiedServer("192.168.50.1");

        await GuessUntilRefusedAsync(server, "203.0.113.1");
        var neighbour = await LookUpAsync(server, "203.0.113.2", "000001");

        // Both clients are the proxy's one address to the server, so the guesser's misses shut out the neighbour.
        Assert.Equal(HttpStatusCode.TooManyRequests, neighbour);
    }

    [Fact]
    public async Task Join_links_use_the_public_address_the_proxy_was_reached_at()
    {
        await using var server = new ProxiedServer("10.0.0.0/24");
        var (http, cookie) = await SignedInTeacher.CreateWithCookieAsync(server);
        var quizId = await QuizKey.ShortestQuizIdAsync(http);
        await using var host = new HubConnectionBuilder()
            .WithUrl("http://localhost/hubs/game", options =>
            {
                options.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = cookie;
                options.Headers["X-Forwarded-Proto"] = "https";
                options.Headers["X-Forwarded-Host"] = "quiz.school.example";
                options.Headers["X-Forwarded-For"] = "203.0.113.1";
            })
            .Build();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await host.StartAsync(patience.Token);

        var created = await host.InvokeAsync<JsonElement>("CreateGame", quizId, patience.Token);

        var pin = created.GetProperty("pin").GetString();
        Assert.Equal($"https://quiz.school.example/?pin={pin}", created.GetProperty("joinUrl").GetString());
    }

    private static async Task<HttpStatusCode> GuessUntilRefusedAsync(ProxiedServer server, string client)
    {
        var status = HttpStatusCode.NotFound;
        for (var guess = 1; guess <= 3 && status == HttpStatusCode.NotFound; guess++)
        {
            status = await LookUpAsync(server, client, $"00000{guess}");
        }

        return status;
    }

    private static async Task<HttpStatusCode> LookUpAsync(ProxiedServer server, string client, string pin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/games/{pin}/qr.svg");
        request.Headers.Add("X-Forwarded-For", client);
        return (await server.CreateClient().SendAsync(request)).StatusCode;
    }

    /// <summary>The server as a proxy at <see cref="ProxyAddress"/> reaches it, trusting <paramref name="trusted"/>.</summary>
    private sealed class ProxiedServer(string trusted) : LiveServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Proxy:TrustedProxies", trusted);
            builder.UseSetting("Live:PinMissesPerMinutePerAddress", "2");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ArrivingFromProxy>());
        }
    }

    // The test server has no network peer; this gives every request the proxy's address, as a real socket would.
    private sealed class ArrivingFromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
