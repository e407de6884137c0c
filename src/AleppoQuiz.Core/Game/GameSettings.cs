namespace AleppoQuiz.Core.Game;

/// <summary>
/// Per-game options. A restored game must be created with the same settings as the original, so persist them
/// next to the command log (the defaults are fine to persist as "defaults").
/// </summary>
public sealed record GameSettings
{
    public static GameSettings Default { get; } = new();

    public ReadingTimePolicy ReadingTime { get; init; } = ReadingTimePolicy.ScaledByPromptLength;

    public ScoringRules Scoring { get; init; } = new();

    public NicknamePolicy Nicknames { get; init; } = NicknamePolicy.Default;

    /// <summary>How many players <see cref="LeaderboardView"/> lists.</summary>
    public int LeaderboardSize { get; init; } = 5;

    /// <summary>
    /// When true (the default) new players may join after the start, with 0 points, until the podium is shown.
    /// Rejoining with a known token is always allowed.
    /// </summary>
    public bool AllowLateJoin { get; init; } = true;

    /// <summary>
    /// Players not counting kicked ones. A school-wide event fills one game with 20,000; the load benchmark
    /// (docs/load-benchmark.md) plays that size. Restored games use the same value, so it is not configurable.
    /// </summary>
    public int MaxPlayers { get; init; } = 20_000;
}
