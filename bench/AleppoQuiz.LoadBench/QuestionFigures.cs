using System.Collections.Concurrent;
using System.Diagnostics;

namespace AleppoQuiz.LoadBench;

/// <summary>What the players saw of one question: when it reached them, how fast answers were acknowledged, when
/// each player's own result arrived.</summary>
internal sealed class QuestionFigures
{
    private long firstCloseTicks = long.MaxValue;

    public ConcurrentBag<double> FanOutMs { get; } = [];

    public ConcurrentBag<double> AcknowledgeMs { get; } = [];

    /// <summary>Stopwatch ticks at which each player's own result arrived.</summary>
    public ConcurrentBag<long> ResultArrivals { get; } = [];

    public int Accepted;

    public int Refused;

    public int Received;

    /// <summary>The reveal's earliest arrival at any client: the moment the server closed the question, as near as a
    /// client can know it.</summary>
    public void RevealArrived(long ticks)
    {
        long seen;
        while (ticks < (seen = Interlocked.Read(ref firstCloseTicks)))
        {
            Interlocked.CompareExchange(ref firstCloseTicks, ticks, seen);
        }
    }

    public IEnumerable<double> ResultMs()
    {
        var closed = Interlocked.Read(ref firstCloseTicks);
        return closed == long.MaxValue
            ? []
            : ResultArrivals.Select(arrival => Stopwatch.GetElapsedTime(closed, arrival).TotalMilliseconds);
    }
}
