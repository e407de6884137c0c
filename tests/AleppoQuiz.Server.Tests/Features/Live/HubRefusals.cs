using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>Reads the protocol's "code: sentence" refusal out of the error a hub call ends with.</summary>
internal static class HubRefusals
{
    // SignalR puts its own preamble, naming the method, before the server's words.
    private const string Marker = "HubException: ";

    extension(HubException error)
    {
        /// <summary>The "code: sentence" the server sent.</summary>
        public string Refusal => error.Message.Contains(Marker, StringComparison.Ordinal)
            ? error.Message[(error.Message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]
            : error.Message;

        /// <summary>The refusal's code, such as <c>game-not-found</c>.</summary>
        public string Code => error.Refusal.Split(':')[0];
    }
}
