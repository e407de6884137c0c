using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// Opens the players' WebSockets from several loopback source addresses (127.0.0.1, 127.0.0.2, …): one source
/// address has about 28,000 ephemeral ports towards one server port, fewer than a 20,000-player run with reconnects
/// needs. Every address stays inside 127.0.0.0/8, so no packet leaves the machine.
/// </summary>
internal sealed class LoopbackSockets(int addressCount)
{
    private readonly HttpMessageInvoker[] invokers = Enumerable.Range(1, Math.Max(1, addressCount))
        .Select(host => new HttpMessageInvoker(Handler(new IPAddress([127, 0, 0, (byte)host]))))
        .ToArray();

    private int next;

    /// <summary>A WebSocket connected from the next source address in turn.</summary>
    public async ValueTask<WebSocket> ConnectAsync(Uri webSocketUri, int? receiveBufferBytes, CancellationToken cancellation)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (receiveBufferBytes is { } size)
        {
            socket.Options.SetBuffer(size, 4096);
        }

        var invoker = invokers[(int)((uint)Interlocked.Increment(ref next) % (uint)invokers.Length)];
        await socket.ConnectAsync(webSocketUri, invoker, cancellation);
        return socket;
    }

    private static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        ConnectCallback = async (context, cancellation) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
        PooledConnectionLifetime = TimeSpan.Zero,
    };
}
