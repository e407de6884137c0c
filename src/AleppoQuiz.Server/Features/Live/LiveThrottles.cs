using System.Threading.RateLimiting;
using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Limits that keep one socket or one address from flooding the games: new players per address, failed PIN
/// lookups per connection and per address (so the PIN space cannot be walked), and refusals per connection.
/// A classroom shares one address behind its router, so the per-address limits are set for a whole class.
/// </summary>
internal sealed class LiveThrottles(IOptions<LiveOptions> options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> joins = PerMinute(options.Value.JoinsPerMinutePerAddress);
    private readonly PartitionedRateLimiter<string> pinMissesByConnection = PerMinute(options.Value.PinMissesPerMinutePerConnection);
    private readonly PartitionedRateLimiter<string> pinMissesByAddress = PerMinute(options.Value.PinMissesPerMinutePerAddress);
    private readonly PartitionedRateLimiter<string> refusals = PerMinute(options.Value.RefusalsPerMinutePerConnection);

    /// <summary>Counts a new player from this address; refuses once the address has brought too many this minute.</summary>
    public void AdmitNewPlayer(string address)
    {
        using var lease = joins.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            throw new GameRefusedException(RefusalKind.TooMany, "too-many-joins", "Too many players joined from this network in the last minute. Wait a minute and try again.");
        }
    }

    /// <summary>Refuses a PIN lookup from a caller whose recent lookups missed too often, before it learns anything.</summary>
    public void RefuseIfGuessing(string? connectionId, string address)
    {
        using var byAddress = pinMissesByAddress.AttemptAcquire(address, 0);
        using var byConnection = connectionId is null ? null : pinMissesByConnection.AttemptAcquire(connectionId, 0);
        if (!byAddress.IsAcquired || byConnection is { IsAcquired: false })
        {
            throw TooManyWrongPins();
        }
    }

    public void CountPinMiss(string? connectionId, string address)
    {
        pinMissesByAddress.AttemptAcquire(address).Dispose();
        if (connectionId is not null)
        {
            pinMissesByConnection.AttemptAcquire(connectionId).Dispose();
        }
    }

    /// <summary>Counts a refused call; true once the connection has been refused too often and should be dropped.</summary>
    public bool CountRefusal(string connectionId)
    {
        using var lease = refusals.AttemptAcquire(connectionId);
        return !lease.IsAcquired;
    }

    public static GameRefusedException TooManyWrongPins() =>
        new(RefusalKind.TooMany, "too-many-attempts", "Too many wrong PINs. Wait a minute, then check the number on the screen.");

    public void Dispose()
    {
        joins.Dispose();
        pinMissesByConnection.Dispose();
        pinMissesByAddress.Dispose();
        refusals.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) => PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(permits, 1),
            Window = Window,
            QueueLimit = 0,
        }));
}
