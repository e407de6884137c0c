using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// The socket under a <see cref="GameClient"/>, keeping every byte the server sent. A client library reads only the
/// messages it has handlers for and only the fields it binds; a test that promises a player was never told
/// something must look at all of it.
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

    /// <summary>Every hub message received so far, in order: pushed invocations and the results of this client's calls.</summary>
    public IReadOnlyList<WireMessage> Messages
    {
        get
        {
            string text;
            lock (sync)
            {
                text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
            }

            // The first record is the handshake answer, which is not a hub message.
            return [.. text.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Parse).OfType<WireMessage>()];
        }
    }

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

    private static WireMessage? Parse(string text)
    {
        var message = JsonDocument.Parse(text).RootElement.Clone();
        return message.GetProperty("type").GetInt32() switch
        {
            1 => new WireMessage(message.GetProperty("target").GetString(), message.GetProperty("arguments")),
            3 => new WireMessage(null, message.TryGetProperty("result", out var result) ? result : default),
            _ => null,
        };
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

/// <summary>One message as it crossed the wire: a pushed invocation's target and arguments, or a call's result (no target).</summary>
internal sealed record WireMessage(string? Target, JsonElement Payload)
{
    public string Text => Payload.ValueKind == JsonValueKind.Undefined ? "" : Payload.GetRawText();
}
