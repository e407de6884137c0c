namespace AleppoQuiz.Core.Game;

/// <summary>One player's full engine state, for comparing games (replay checks, diagnostics).</summary>
public sealed record PlayerSnapshot(
    int PlayerId,
    string Nickname,
    bool IsConnected,
    bool IsKicked,
    int Score,
    int Streak,
    long CreditedAnswerTimeTicks,
    int Rank,
    int AnsweredQuestion);

/// <summary>
/// Everything that decides how a game continues, flattened for comparison: two games with equal snapshots
/// behave identically from here on. Compare the lists element by element (they are records).
/// </summary>
public sealed record GameStateSnapshot(
    GamePhase Phase,
    int QuestionIndex,
    bool IsPaused,
    DateTimeOffset? NextDeadline,
    IReadOnlyList<int> OptionOrder,
    IReadOnlyList<int> Distribution,
    IReadOnlyList<PlayerSnapshot> Players,
    int LoggedCommands);

public sealed partial class GameSession
{
    public GameStateSnapshot Snapshot()
    {
        EnsureRanking();
        return new GameStateSnapshot(
            Phase,
            QuestionIndex,
            IsPaused,
            NextDeadline,
            round is null ? [] : [.. round.OptionOrder],
            round is null ? [] : [.. round.Distribution],
            [.. players.Select(player => new PlayerSnapshot(
                player.Id,
                player.Nickname,
                player.IsConnected,
                player.IsKicked,
                player.Score,
                player.Streak,
                player.CreditedAnswerTime.Ticks,
                player.IsKicked ? 0 : ranking.RankOf(player),
                player.AnsweredQuestion))],
            CommandLog.Count);
    }
}
