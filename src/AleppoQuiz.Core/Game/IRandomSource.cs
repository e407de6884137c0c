namespace AleppoQuiz.Core.Game;

/// <summary>
/// The engine's only source of randomness. Passing it in (rather than using <see cref="Random.Shared"/>) lets a
/// test or a crash recovery reproduce a whole game from a seed.
/// </summary>
public interface IRandomSource
{
    /// <summary>A uniformly distributed integer in [0, <paramref name="maxExclusive"/>).</summary>
    int NextInt(int maxExclusive);
}
