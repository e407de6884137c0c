namespace AleppoQuiz.Core.Game;

/// <summary>Adjective + animal names for players who do not want to type one; all fit in 20 characters.</summary>
internal static class FriendlyNameGenerator
{
    /// <summary>Plain names tried before adding a number, which keeps names short while the pool lasts.</summary>
    public const int PlainAttempts = 20;

    private static readonly string[] Adjectives =
    [
        "Brave", "Bright", "Calm", "Clever", "Curious", "Gentle", "Happy", "Jolly",
        "Kind", "Lucky", "Nimble", "Quick", "Quiet", "Sunny", "Swift", "Witty",
    ];

    private static readonly string[] Animals =
    [
        "Badger", "Dolphin", "Falcon", "Fox", "Gecko", "Heron", "Koala", "Lynx",
        "Otter", "Owl", "Panda", "Puffin", "Robin", "Seal", "Tiger", "Wombat",
    ];

    public static string Next(IRandomSource random, bool withNumber)
    {
        ArgumentNullException.ThrowIfNull(random);
        var name = $"{Adjectives[random.NextInt(Adjectives.Length)]} {Animals[random.NextInt(Animals.Length)]}";
        return withNumber ? $"{name} {random.NextInt(90) + 10}" : name;
    }
}
