namespace AleppoQuiz.Core.Game;

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
