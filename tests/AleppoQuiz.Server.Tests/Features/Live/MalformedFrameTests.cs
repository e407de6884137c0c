using System.Net.WebSockets;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>What no client library sends: arguments of the wrong shape and a frame that is not JSON.</summary>
public sealed class MalformedFrameTests
{
    [Fact]
    public async Task Forged_arguments_are_refused_a_broken_frame_ends_only_its_own_connection_and_the_game_goes_on()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        using var raw = await RecordedWebSocket.HandshakeAsync(factory);

        await raw.SendRecordAsync("""{"type":1,"invocationId":"1","target":"SubmitAnswer","arguments":["first",{"option":0}]}""");
        await raw.ReadUntilAsync(messages => messages.Any(m => m.Type == WireMessage.Completion));
        await raw.SendRecordAsync($$"""{"type":1,"invocationId":"2","target":"Join","arguments":["{{table.Pin}}","Kim",null]}""");
        await raw.ReadUntilAsync(messages => messages.Count(m => m.Type == WireMessage.Completion) == 2);
        await raw.SendRecordAsync("""{"type":1,"invocationId":"3","target":"Join","arguments":[""");
        // Read on until the server has closed the socket.
        await raw.ReadUntilAsync(_ => false);

        var answers = raw.Messages.Where(m => m.Type == WireMessage.Completion).Select(m => m.Message).ToArray();
        Assert.True(answers[0].TryGetProperty("error", out _), answers[0].GetRawText());
        Assert.Equal("Kim", answers[1].GetProperty("result").GetProperty("nickname").GetString());
        Assert.Contains(raw.Messages, m => m.Type == WireMessage.Close);
        Assert.NotEqual(WebSocketState.Open, raw.State);
        var state = await table.Host.InvokeAsync("AttachHost", table.Pin, table.HostKey);
        Assert.Equal(["Sam", "Kim"], state.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("nickname").GetString()));
        await table.Host.InvokeAsync("StartGame");
        Assert.Equal(0, (await table.Players[0].Client.NextAsync("QuestionPreview")).GetProperty("index").GetInt32());
    }
}
