namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Maps a feature (a template name and its values) to a bucket of a fixed-size weight table. FNV-1a over the
/// characters is used instead of <see cref="string.GetHashCode()"/> because that one is randomised per process,
/// and a stored model must find the same buckets in every run. Values are hashed in place, never concatenated,
/// so extracting features allocates nothing.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(string template, string value) => Mix(Add(Add(Offset, template), value));

    public static uint Of(string template, string a, string b) => Mix(Add(Add(Add(Add(Offset, template), a), "\u0001"), b));

    public static uint Of(string template, string a, string b, string c) =>
        Mix(Add(Add(Add(Add(Add(Add(Offset, template), a), "\u0001"), b), "\u0001"), c));

    private static uint Add(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return (hash ^ 0xFFu) * Prime; // separator: ("ab", "c") and ("a", "bc") differ
    }

    /// <summary>FNV's low bits are weak; a final avalanche spreads them before the table size masks them.</summary>
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7FEB352D;
        hash ^= hash >> 15;
        hash *= 0x846CA68B;
        hash ^= hash >> 16;
        return hash;
    }
}
