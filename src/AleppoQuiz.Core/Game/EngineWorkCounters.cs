namespace AleppoQuiz.Core.Game;

/// <summary>
/// Counts the engine's loops over players, so tests can check that work grows linearly with the player count
/// (and not per answer) without timing anything.
/// </summary>
internal sealed class EngineWorkCounters
{
    /// <summary>Times a loop over all players touched one player.</summary>
    public long PlayerVisits { get; set; }

    /// <summary>Comparisons made while sorting players into ranks.</summary>
    public long RankComparisons { get; set; }

    public void Reset()
    {
        PlayerVisits = 0;
        RankComparisons = 0;
    }
}
