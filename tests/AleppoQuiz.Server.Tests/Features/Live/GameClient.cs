using System.Reflection;
using System.Text.Json;
using AleppoQuiz.Server.Features.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// A phone or a host screen: the SignalR .NET client connected to the test server. It keeps every
/// <see cref="IGameClient"/> message it is sent, in order, so a test can await the next one of a kind.
/// </summary>
internal sealed class GameClient : IAsyncDisposable
{
    // A guard against a hung test, not a wait: every await below ends on a message or a closed connection.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly MethodInfo[] Events = typeof(IGameClient).GetMethods();
    private readonly Lock sync = new();
    private readonly List<HubMessage> received = [];
    private readonly Dictionary<string, int> cursors = [];
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HubConnection connection;
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RecordedWebSocket? wire;

    private GameClient(TestServer server, string? cookie, string? origin)
    {
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/game"), HttpTransportType.WebSockets, options =>
            {
                // A browser's socket carries the page's origin and the teacher's cookie on the upgrade request.
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
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
                    wire = new RecordedWebSocket(await client.ConnectAsync(context.Uri, cancellationToken));
                    return wire;
                };
            })
            .Build();
        foreach (var method in Events)
        {
            var name = method.Name;
            var parameters = method.GetParameters().Select(_ => typeof(JsonElement)).ToArray();
            connection.On(name, parameters, (arguments, _) => Record(name, arguments), this);
        }

        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>The messages this client was sent, each as its handler received it.</summary>
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

    /// <summary>Everything the server sent down this client's socket, byte for byte.</summary>
    public RecordedWebSocket Wire => wire ?? throw new InvalidOperationException("Not connected.");

    /// <summary>Completes when the connection ends, whoever ended it.</summary>
    public Task Closed => closed.Task;

    /// <param name="cookie">A signed-in teacher's cookie header, for a host; players connect without one.</param>
    /// <param name="origin">The page a browser would say opened the socket; none for a non-browser client.</param>
    public static async Task<GameClient> ConnectAsync(WebApplicationFactory<Program> factory, string? cookie = null, string? origin = null)
    {
        var client = new GameClient(factory.Server, cookie, origin);
        await client.connection.StartAsync().WaitAsync(Patience);
        return client;
    }

    /// <summary>Calls a hub method and returns its result as sent; a refusal throws <see cref="HubException"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var result = await connection.InvokeCoreAsync(method, typeof(JsonElement?), arguments).WaitAsync(Patience);
        return result is JsonElement element ? element : default;
    }

    /// <summary>The first argument of the next <paramref name="message"/> the test has not taken yet.</summary>
    public async Task<JsonElement> NextAsync(string message)
    {
        if (!Events.Any(e => e.Name == message))
        {
            throw new ArgumentException($"The server sends no {message} message.", nameof(message));
        }

        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            Task signal;
            lock (sync)
            {
                var index = received.FindIndex(cursors.GetValueOrDefault(message), m => m.Target == message);
                if (index >= 0)
                {
                    cursors[message] = index + 1;
                    return received[index].Argument;
                }

                signal = arrived.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private Task Record(string target, object?[] arguments)
    {
        lock (sync)
        {
            received.Add(new HubMessage(target, arguments.Length > 0 && arguments[0] is JsonElement first ? first : default));
            arrived.TrySetResult();
            arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.CompletedTask;
    }
}

internal sealed record HubMessage(string Target, JsonElement Argument);
