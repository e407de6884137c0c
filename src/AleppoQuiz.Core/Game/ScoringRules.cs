namespace AleppoQuiz.Core.Game;

/// <summary>
/// The point arithmetic, kept pure so it can be tested on its own; docs/scoring.md explains the rules in prose.
/// Decimal arithmetic on exact tick counts keeps every result identical across machines, which replay relies on.
/// </summary>
public sealed record ScoringRules
{
    public int BasePoints { get; init; } = 1000;

    /// <summary>Answers received within this time of the question opening get full speed credit.</summary>
    public TimeSpan FullPointsWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    public int StreakBonusPerStep { get; init; } = 100;

    /// <summary>The bonus stops growing after this many steps (500 points with the defaults).</summary>
    public int MaxStreakBonusSteps { get; init; } = 5;

    /// <summary>1 inside the full-points window, then falling linearly to 0.5 at the time limit.</summary>
    public decimal SpeedFactor(TimeSpan elapsed, TimeSpan timeLimit)
    {
        if (timeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeLimit), "The time limit must be positive.");
        }

        if (elapsed <= FullPointsWindow)
        {
            return 1m;
        }

        var clamped = elapsed > timeLimit ? timeLimit : elapsed;
        return 1m - (clamped.Ticks / (2m * timeLimit.Ticks));
    }

    /// <summary>
    /// Points for one answer. <paramref name="credit"/> is 1 for a fully correct answer, 0 for a wrong one and
    /// in between for partial multi-select credit.
    /// </summary>
    public int AnswerPoints(decimal credit, decimal multiplier, TimeSpan elapsed, TimeSpan timeLimit)
    {
        if (credit <= 0m)
        {
            return 0;
        }

        var raw = BasePoints * multiplier * credit * SpeedFactor(elapsed, timeLimit);
        return (int)Math.Round(raw, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Bonus added to a correct answer; <paramref name="streak"/> counts consecutive correct answers including
    /// this one, so the first correct answer earns no bonus and the second earns one step.
    /// </summary>
    public int StreakBonus(int streak, decimal multiplier)
    {
        var steps = Math.Min(Math.Max(streak - 1, 0), MaxStreakBonusSteps);
        return (int)Math.Round(StreakBonusPerStep * steps * multiplier, MidpointRounding.AwayFromZero);
    }
}
