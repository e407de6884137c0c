namespace AleppoQuiz.LoadBench;

/// <summary>A latency distribution in milliseconds.</summary>
internal sealed record Latency(double P50, double P99, double Max, int Count)
{
    public static Latency Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? new Latency(double.NaN, double.NaN, double.NaN, 0)
            : new Latency(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], sorted.Length);
    }

    // Nearest-rank percentile: the smallest sample at or above the share asked for.
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Everything one run measured.</summary>
internal sealed record RunFigures
{
    public required int Players { get; init; }

    public required int StalledClients { get; init; }

    public required string Protocol { get; init; }

    public required double MachineLoadBefore { get; init; }

    public required double JoinSeconds { get; init; }

    public required Latency FanOut { get; init; }

    public required Latency Acknowledge { get; init; }

    public required Latency OwnResult { get; init; }

    public required int AnswersAccepted { get; init; }

    public required int AnswersRefused { get; init; }

    public required int AnswersCounted { get; init; }

    /// <summary>Players that never received a question they were sent, summed over the questions.</summary>
    public required int QuestionsMissed { get; init; }

    public required double ResidentMegabytesJoined { get; init; }

    public required double ResidentMegabytesEnd { get; init; }

    public required double KilobytesPerPlayer { get; init; }

    public required double CpuSecondsPerQuestion { get; init; }

    public int AnswersLost => Math.Max(0, AnswersAccepted - AnswersCounted);
}
