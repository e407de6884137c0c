using System.Net.WebSockets;
using System.Text;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// A phone that joins and then stops reading, as one whose browser froze with the socket still open: after the
/// join it never reads another byte, so the server's sends to it back up. A game must play on for everyone else.
/// </summary>
internal sealed class StalledPhone(WebSocket socket) : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    public static async Task<StalledPhone> JoinAsync(Uri hubWebSocket, LoopbackSockets sockets, string pin, int number)
    {
        // A small receive buffer so the kernel's share of the backlog stays small and the server feels it sooner.
        var socket = await sockets.ConnectAsync(hubWebSocket, receiveBufferBytes: 4096, CancellationToken.None);
        await SendAsync(socket, """{"protocol":"json","version":1}""");
        await ReceiveUntilAsync(socket, "{}");
        await SendAsync(socket, $$"""{"type":1,"invocationId":"1","target":"Join","arguments":["{{pin}}","Stalled {{number}}",null]}""");
        await ReceiveUntilAsync(socket, "\"invocationId\":\"1\"");
        return new StalledPhone(socket);
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task ReceiveUntilAsync(WebSocket socket, string marker)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!text.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The server closed a stalled phone's socket while it joined.");
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
