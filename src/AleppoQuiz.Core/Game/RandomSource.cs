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

/// <summary>
/// SplitMix64 with rejection sampling. Written out here instead of using <see cref="Random"/> so the sequence for
/// a seed is fixed by this code, not by whichever runtime version restores a game.
/// </summary>
public sealed class SeededRandomSource : IRandomSource
{
    private ulong state;

    public SeededRandomSource(long seed) => state = unchecked((ulong)seed);

    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;

        // Values below this threshold would make small results slightly more likely; draw again instead.
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var value = NextUInt64();
            if (value >= threshold)
            {
                return (int)(value % bound);
            }
        }
    }

    private ulong NextUInt64()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
