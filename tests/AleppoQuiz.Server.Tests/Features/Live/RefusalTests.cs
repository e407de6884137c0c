using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>A refusal is information for the caller, not an error of the server, and probing does not pay.</summary>
public sealed class RefusalTests
{
    [Fact]
    public async Task A_players_mistakes_are_logged_once_as_information_without_a_stack_trace()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        await using var newcomer = await GameClient.ConnectAsync(factory);

        await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", "000000", "Kim", null));
        await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", table.Pin, "sam", null));

        var lines = factory.Log.Lines;
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Warning);
        var refusals = lines.Where(l => l.Message.StartsWith("Refused", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, refusals.Length);
        Assert.All(refusals, l => Assert.Equal((LogLevel.Information, null), (l.Level, l.Exception)));
        Assert.Contains("game-not-found", refusals[0].Message, StringComparison.Ordinal);
        Assert.Contains("nickname-taken", refusals[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_refused_over_and_over_is_closed()
    {
        await using var factory = new LiveServerFactory { Settings = new Dictionary<string, string> { ["Live:RefusalsPerMinutePerConnection"] = "5" } };
        await using var prober = await GameClient.ConnectAsync(factory);
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<HubException>(() => prober.InvokeAsync("SubmitAnswer", 0, new[] { 0 }));
        }

        _ = prober.InvokeAsync("SubmitAnswer", 0, new[] { 0 });

        await Task.WhenAny(prober.Closed).WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Wrong_pins_are_throttled_per_connection_even_when_the_next_guess_is_right()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory);
        await using var prober = await GameClient.ConnectAsync(factory);
        await using var someoneElse = await GameClient.ConnectAsync(factory);

        for (var i = 0; i < 10; i++)
        {
            var miss = await Assert.ThrowsAsync<HubException>(() => prober.InvokeAsync("SuggestNickname", $"10000{i}"));
            Assert.Equal("game-not-found", miss.Code);
        }

        var throttled = await Assert.ThrowsAsync<HubException>(() => prober.InvokeAsync("Join", table.Pin, "Kim", null));
        var joined = await someoneElse.InvokeAsync("Join", table.Pin, "Kim", null);

        Assert.Equal("too-many-attempts", throttled.Code);
        Assert.Equal("Kim", joined.GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task The_qr_code_answers_an_address_probing_pins_with_429_and_retry_after()
    {
        await using var factory = new LiveServerFactory { Settings = new Dictionary<string, string> { ["Live:PinMissesPerMinutePerAddress"] = "3" } };
        await using var table = await LiveTable.OpenAsync(factory);
        using var http = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/games/20000{i}/qr.svg")).StatusCode);
        }

        var throttled = await http.GetAsync($"/api/games/{table.Pin}/qr.svg");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Contains("too-many-attempts", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
