using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// The socket under a <see cref="GameClient"/>, keeping every byte the server sent. A client library reads only the
/// messages it has handlers for and only the fields it binds; a test that promises a player was never told
/// something must look at all of it. Opened bare (<see cref="HandshakeAsync"/>) it also sends frames no client
/// library would.
/// </summary>
internal sealed class RecordedWebSocket(WebSocket inner) : WebSocket
{
    private const char Separator = '\u001e';
    private readonly Lock sync = new();
    private readonly MemoryStream received = new();

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;

    public override string? CloseStatusDescription => inner.CloseStatusDescription;

    public override WebSocketState State => inner.State;

    public override string? SubProtocol => inner.SubProtocol;

    /// <summary>Every hub message received so far, in order: pushed invocations, the results of this client's calls, a close.</summary>
    public IReadOnlyList<WireMessage> Messages
    {
        get
        {
            // The first record is the handshake answer, which is not a hub message.
            return [.. Text.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Parse).OfType<WireMessage>()];
        }
    }

    /// <summary>A socket that has made the JSON protocol's handshake and nothing more.</summary>
    public static async Task<RecordedWebSocket> HandshakeAsync(WebApplicationFactory<Program> factory)
    {
        var socket = new RecordedWebSocket(await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri("ws://localhost/hubs/game"), CancellationToken.None));
        await socket.SendRecordAsync("""{"protocol":"json","version":1}""");
        await socket.ReadTextUntilAsync(text => text.Contains(Separator, StringComparison.Ordinal));
        return socket;
    }

    /// <summary>Sends <paramref name="json"/> as one record, well formed or not.</summary>
    public Task SendRecordAsync(string json) =>
        SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Reads until the messages received so far satisfy <paramref name="enough"/>, or the server closes the socket.</summary>
    public Task ReadUntilAsync(Func<IReadOnlyList<WireMessage>, bool> enough) => ReadTextUntilAsync(_ => enough(Messages));

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await inner.ReceiveAsync(buffer, cancellationToken);
        Record(buffer.AsSpan(0, result.Count), result.MessageType);
        return result;
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await inner.ReceiveAsync(buffer, cancellationToken);
        Record(buffer.Span[..result.Count], result.MessageType);
        return result;
    }

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Abort() => inner.Abort();

    public override void Dispose()
    {
        inner.Dispose();
        received.Dispose();
    }

    // Pings carry nothing; everything else is kept whole.
    private static WireMessage? Parse(string text)
    {
        var message = JsonDocument.Parse(text).RootElement.Clone();
        var type = message.GetProperty("type").GetInt32();
        return type == 6 ? null : new WireMessage(type, message.TryGetProperty("target", out var target) ? target.GetString() : null, message);
    }

    private async Task ReadTextUntilAsync(Func<string, bool> enough)
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!enough(Text) && State == WebSocketState.Open)
        {
            var result = await ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private string Text
    {
        get
        {
            lock (sync)
            {
                return Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
            }
        }
    }

    private void Record(ReadOnlySpan<byte> bytes, WebSocketMessageType type)
    {
        if (type != WebSocketMessageType.Text)
        {
            return;
        }

        lock (sync)
        {
            received.Write(bytes);
        }
    }
}

/// <summary>One whole message as it crossed the wire; <see cref="Target"/> names a pushed invocation.</summary>
internal sealed record WireMessage(int Type, string? Target, JsonElement Message)
{
    public const int Invocation = 1;
    public const int Completion = 3;
    public const int Close = 7;

    public string Text => Message.GetRawText();
}
