namespace AleppoQuiz.Core.Tests.Game;

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now = start;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "Use SetUtcNow to move the clock backwards.");
        }

        now += by;
    }

    public void AdvanceMs(int milliseconds) => Advance(TimeSpan.FromMilliseconds(milliseconds));

    public void SetUtcNow(DateTimeOffset value) => now = value;
}
