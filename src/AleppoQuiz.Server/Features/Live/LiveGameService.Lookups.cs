using System.Collections.Concurrent;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Finding a game by PIN for a caller, throttled so that nobody can walk the PIN space.</summary>
internal sealed partial class LiveGameService
{
    private const string UnknownAddress = "unknown";
    private readonly ConcurrentDictionary<string, string> addresses = new(StringComparer.Ordinal);

    /// <summary>Remembers where a connection comes from, for the limits that apply per address.</summary>
    public void Connected(string connectionId, string? address) => addresses[connectionId] = address ?? UnknownAddress;

    /// <summary>The live game with this PIN for the QR code endpoint, which has no connection.</summary>
    public LiveGame? FindForAddress(string? address, string? pin) => Lookup(null, address ?? UnknownAddress, pin);

    private LiveGame FindForCaller(string connectionId, string? pin) =>
        Lookup(connectionId, AddressOf(connectionId), pin) ?? throw GameRefusedException.GameNotFound();

    private LiveGame? Lookup(string? connectionId, string address, string? pin)
    {
        throttles.RefuseIfGuessing(connectionId, address);
        if (Find(pin) is { } game)
        {
            return game;
        }

        throttles.CountPinMiss(connectionId, address);
        return null;
    }

    private string AddressOf(string connectionId) => addresses.GetValueOrDefault(connectionId, UnknownAddress);
}
