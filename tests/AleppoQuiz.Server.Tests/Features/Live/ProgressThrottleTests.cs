using AleppoQuiz.Server.Features.Live;
using Microsoft.Extensions.Time.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>The host's "answered N of M" keeps up with a rush of answers without a message per answer.</summary>
public sealed class ProgressThrottleTests
{
    [Fact]
    public void The_first_answer_shows_at_once_and_a_rush_right_after_it_waits_as_one_pending_count()
    {
        var clock = new FakeTimeProvider();
        var throttle = new ProgressThrottle(clock);

        var first = throttle.Admit();
        clock.Advance(TimeSpan.FromMilliseconds(50));
        var rush = Enumerable.Range(0, 30).Select(_ => throttle.Admit()).ToArray();

        Assert.True(first);
        Assert.All(rush, Assert.False);
        Assert.True(throttle.IsPending);
    }

    [Fact]
    public void A_pending_count_goes_out_once_when_the_interval_ends_and_then_starts_a_new_interval()
    {
        var clock = new FakeTimeProvider();
        var throttle = new ProgressThrottle(clock);
        throttle.Admit();
        throttle.Admit();

        clock.Advance(ProgressThrottle.Interval);
        var flushed = throttle.TakePending();
        var again = throttle.TakePending();
        var rightAfter = throttle.Admit();

        Assert.True(flushed);
        Assert.False(again);
        Assert.False(rightAfter);
    }

    [Fact]
    public void An_answer_after_a_quiet_interval_shows_at_once_and_leaves_nothing_pending()
    {
        var clock = new FakeTimeProvider();
        var throttle = new ProgressThrottle(clock);
        throttle.Admit();

        clock.Advance(ProgressThrottle.Interval);
        var later = throttle.Admit();

        Assert.True(later);
        Assert.False(throttle.IsPending);
        Assert.False(throttle.TakePending());
    }
}
