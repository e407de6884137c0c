using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a raw WebSocket, the way any third-party client would.
/// It records every message the server pushes, in order, so tests can wait for one and inspect them all.
/// </summary>
internal sealed class HubTestClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly WebSocket socket;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock sync = new();
    private readonly List<HubMessage> received = [];
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> pending = [];
    private readonly Dictionary<string, int> cursors = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;
    private int nextId;
    private bool disposed;

    private HubTestClient(WebSocket socket) => this.socket = socket;

    public IReadOnlyList<HubMessage> Received
    {
        get
        {
            lock (sync)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Completes (or faults) when the server closes the connection.</summary>
    public Task Closed => loop ?? Task.CompletedTask;

    /// <param name="cookie">A signed-in teacher's cookie header, for a host; players connect without one.</param>
    /// <param name="origin">The page a browser would say opened the socket; none for a non-browser client.</param>
    public static async Task<HubTestClient> ConnectAsync(WebApplicationFactory<Program> factory, string? cookie = null, string? origin = null)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }

            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };

        var socket = await client.ConnectAsync(new Uri("ws://localhost/hubs/game"), CancellationToken.None);
        var hub = new HubTestClient(socket);
        await hub.SendAsync("""{"protocol":"json","version":1}""");
        // The first frame may already carry more after the handshake, such as a close message.
        var handshake = (await hub.ReadFrameAsync()).Split(Separator, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("{}", handshake[0]);
        foreach (var text in handshake.Skip(1))
        {
            hub.Dispatch(JsonDocument.Parse(text).RootElement.Clone());
        }
        hub.loop = Task.Run(hub.ReceiveLoopAsync);
        return hub;
    }

    /// <summary>Calls a hub method and returns its result; a refusal throws <see cref="HubCallException"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            pending[id] = completion;
        }

        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        return await completion.Task.WaitAsync(Patience);
    }

    /// <summary>The next pushed message with this target that the test has not taken yet.</summary>
    public async Task<JsonElement> NextAsync(string target)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            Task signal;
            lock (sync)
            {
                var from = cursors.GetValueOrDefault(target);
                var index = received.FindIndex(from, m => m.Target == target);
                if (index >= 0)
                {
                    cursors[target] = index + 1;
                    return received[index].Argument;
                }

                signal = arrived.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        // Close politely so the server ends the connection at once rather than at shutdown.
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        if (loop is not null)
        {
            await Task.WhenAny(loop, Task.Delay(Patience));
        }

        await stop.CancelAsync();
        socket.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        while (!stop.IsCancellationRequested && socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            foreach (var text in (await ReadFrameAsync()).Split(Separator, StringSplitOptions.RemoveEmptyEntries))
            {
                Dispatch(JsonDocument.Parse(text).RootElement.Clone());
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        lock (sync)
        {
            switch (message.GetProperty("type").GetInt32())
            {
                case 1:
                    var args = message.GetProperty("arguments");
                    received.Add(new HubMessage(message.GetProperty("target").GetString()!, args.GetArrayLength() > 0 ? args[0] : default));
                    arrived.TrySetResult();
                    arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    break;
                case 3 when pending.Remove(message.GetProperty("invocationId").GetString()!, out var completion):
                    if (message.TryGetProperty("error", out var error))
                    {
                        completion.TrySetException(new HubCallException(error.GetString()!));
                    }
                    else
                    {
                        completion.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
                    }

                    break;
            }
        }
    }

    private Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReadFrameAsync()
    {
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, stop.Token);
            frame.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(frame.ToArray());
    }
}

internal sealed record HubMessage(string Target, JsonElement Argument);

/// <summary>A hub call the server refused; <see cref="Code"/> is the protocol's error code.</summary>
internal sealed class HubCallException(string message) : Exception(message)
{
    private const string Marker = "HubException: ";

    /// <summary>The "code: sentence" part, after SignalR's own preamble.</summary>
    public string Refusal => Message.Contains(Marker, StringComparison.Ordinal)
        ? Message[(Message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]
        : Message;

    public string Code => Refusal.Split(':')[0];
}
