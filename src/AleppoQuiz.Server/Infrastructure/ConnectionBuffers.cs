using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// How much a connection may buffer before the server applies backpressure, sized for a quiz's messages rather
/// than the framework's general defaults. A phone sends answers of a few hundred bytes and receives questions and
/// results of a few kilobytes; at ten thousand phones every kilobyte a connection may hold is ten megabytes.
/// </summary>
/// <remarks>
/// These are thresholds, not allocations: buffers are rented as data arrives. What they bound is the worst case —
/// a phone that stops reading holds at most <see cref="ToPhone"/> of unsent messages before later ones wait,
/// uncopied, for it to read again or for the client timeout to close it.
/// </remarks>
internal static class ConnectionBuffers
{
    /// <summary>The largest hub message a phone or host may send: a typed answer or nickname fits many times over.</summary>
    public const int LargestIncomingMessage = 32 * 1024;

    /// <summary>Unsent bytes a connection may hold: a few of the largest broadcasts (a question with its evidence).</summary>
    public const long ToPhone = 16 * 1024;

    public static void Configure(HubOptions options) => options.MaximumReceiveMessageSize = LargestIncomingMessage;

    public static void Configure(HttpConnectionDispatcherOptions options)
    {
        // Incoming must hold one whole message and then some: the hub parses only complete messages, and a message
        // that reaches the threshold before it is complete closes the connection (the pipe would otherwise deadlock).
        options.ApplicationMaxBufferSize = LargestIncomingMessage + (8 * 1024);
        options.TransportMaxBufferSize = ToPhone;
    }

    public static void Configure(KestrelServerOptions options)
    {
        // Kestrel's own pipes under each socket (1 MB in and 64 KB out by default); 64 KB still holds the largest
        // request headers Kestrel accepts (32 KB), and uploads stream through it in pieces.
        options.Limits.MaxRequestBufferSize = 64 * 1024;
        options.Limits.MaxResponseBufferSize = 32 * 1024;
    }
}
