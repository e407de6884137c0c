namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// With thousands answering at once the host needs a counter, not a message per answer: at most one count every
/// <see cref="Interval"/>. A count held back is pending, and is sent once the interval is over, so the last
/// answer always shows. One per game, used under the game's lock.
/// </summary>
internal sealed class ProgressThrottle(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private DateTimeOffset sentAt = DateTimeOffset.MinValue;

    /// <summary>A newer count than the host has seen is waiting for the interval to end.</summary>
    public bool IsPending { get; private set; }

    /// <summary>An answer came in: true if its count goes out now, false if it waits as pending.</summary>
    public bool Admit()
    {
        var now = time.GetUtcNow();
        if (now - sentAt < Interval)
        {
            IsPending = true;
            return false;
        }

        (sentAt, IsPending) = (now, false);
        return true;
    }

    /// <summary>The interval ended: true (once) if a count is waiting, which then goes out whatever the time.</summary>
    public bool TakePending()
    {
        if (!IsPending)
        {
            return false;
        }

        (sentAt, IsPending) = (time.GetUtcNow(), false);
        return true;
    }
}
