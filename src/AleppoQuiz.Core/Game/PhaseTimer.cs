namespace AleppoQuiz.Core.Game;

/// <summary>
/// A countdown that can be frozen. Time spent paused is added to the end instead of counting as elapsed, so an
/// answer's measured time never includes a pause.
/// </summary>
internal sealed class PhaseTimer(DateTimeOffset startedAt, TimeSpan duration)
{
    private TimeSpan pausedTotal;
    private DateTimeOffset? pausedAt;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; } = duration;

    public bool IsPaused => pausedAt is not null;

    /// <summary>When the countdown reaches zero, assuming no further pause.</summary>
    public DateTimeOffset EndsAt => StartedAt + pausedTotal + Duration;

    public TimeSpan Elapsed(DateTimeOffset now)
    {
        var elapsed = (pausedAt ?? now) - StartedAt - pausedTotal;
        return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
    }

    public TimeSpan Remaining(DateTimeOffset now)
    {
        var remaining = Duration - Elapsed(now);
        return remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining;
    }

    public void Pause(DateTimeOffset now) => pausedAt ??= now;

    public void Resume(DateTimeOffset now)
    {
        if (pausedAt is { } since)
        {
            pausedTotal += now - since;
            pausedAt = null;
        }
    }
}
