using System.Collections.Concurrent;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Slows password guessing without handing anyone a way to lock a teacher out. Wrong passwords are counted per
/// account <em>and address</em> (guessing one teacher's password from one place) and per address (trying many
/// accounts from one place). After a few free mistakes each further one makes that key wait twice as long as the
/// last, up to <see cref="LongestWait"/>. A teacher signing in from anywhere else is never slowed by someone
/// guessing their password. Counts live in this process and fade after <see cref="ForgetAfter"/> without mistakes.
/// </summary>
internal sealed class SignInThrottle(TimeProvider time)
{
    public const int FreeMistakesPerAccount = 3;
    public const int FreeMistakesPerAddress = 20;
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Mistakes> counts = new(StringComparer.Ordinal);
    private DateTimeOffset lastForgotten = DateTimeOffset.MinValue;

    /// <summary>How long this attempt must still wait; zero when it may go ahead.</summary>
    public TimeSpan WaitBefore(string normalizedEmail, string address)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        var (accountKey, addressKey) = Keys(normalizedEmail, address);
        foreach (var key in (string[])[accountKey, addressKey])
        {
            if (counts.TryGetValue(key, out var mistakes) && mistakes.WaitUntil > now)
            {
                wait = Max(wait, mistakes.WaitUntil - now);
            }
        }

        return wait;
    }

    public void RecordMistake(string normalizedEmail, string address)
    {
        var now = time.GetUtcNow();
        Forget(now);
        var (accountKey, addressKey) = Keys(normalizedEmail, address);
        counts.AddOrUpdate(accountKey, _ => Mistakes.First(now, FreeMistakesPerAccount), (_, m) => m.Next(now, FreeMistakesPerAccount));
        counts.AddOrUpdate(addressKey, _ => Mistakes.First(now, FreeMistakesPerAddress), (_, m) => m.Next(now, FreeMistakesPerAddress));
    }

    /// <summary>The right password clears this account's count from this address; the address's own count stays.</summary>
    public void RecordSuccess(string normalizedEmail, string address) => counts.TryRemove(Keys(normalizedEmail, address).Account, out _);

    private static (string Account, string Address) Keys(string normalizedEmail, string address) =>
        ($"account:{normalizedEmail}\n{address}", $"address:{address}");

    // At most once a minute, so a flood of mistakes does not also mean a flood of full scans.
    private void Forget(DateTimeOffset now)
    {
        if (now - lastForgotten < TimeSpan.FromMinutes(1))
        {
            return;
        }

        lastForgotten = now;
        foreach (var (key, mistakes) in counts)
        {
            if (now - mistakes.LastAt > ForgetAfter)
            {
                counts.TryRemove(new(key, mistakes));
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Mistakes(int Count, DateTimeOffset LastAt, DateTimeOffset WaitUntil)
    {
        public static Mistakes First(DateTimeOffset now, int free) => new Mistakes(0, now, now).Next(now, free);

        public Mistakes Next(DateTimeOffset now, int free)
        {
            var count = now - LastAt > ForgetAfter ? 1 : Count + 1;
            var beyond = count - free;
            var wait = beyond <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, beyond - 1), LongestWait.TotalSeconds));
            return new Mistakes(count, now, now + wait);
        }
    }
}
