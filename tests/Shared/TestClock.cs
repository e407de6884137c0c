namespace AleppoQuiz.Testing;

/// <summary>
/// A clock that moves only when a test moves it, with timers that fire as it passes their due time. Callbacks run
/// on the thread that calls <see cref="Advance"/>, so what a timer starts has begun when Advance returns.
/// </summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock sync = new();
    private readonly List<TestTimer> timers = [];
    private DateTimeOffset now = start;

    public TestClock()
        : this(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (sync)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TestTimer(this, callback, state);
        lock (sync)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        var until = GetUtcNow() + by;
        while (true)
        {
            TestTimer? next;
            lock (sync)
            {
                next = timers.Where(t => t.DueAt is { } due && due <= until).MinBy(t => t.DueAt);
                if (next is null)
                {
                    now = until;
                    return;
                }

                if (next.DueAt > now)
                {
                    now = next.DueAt!.Value;
                }

                next.DueAt = next.Period > TimeSpan.Zero ? now + next.Period : null;
            }

            next.Fire();
        }
    }

    private sealed class TestTimer(TestClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.sync)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock.sync)
            {
                DueAt = null;
                clock.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
