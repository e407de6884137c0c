namespace AleppoQuiz.Core.Game;

/// <summary>A player as the host's lobby and roster show them.</summary>
public sealed record PlayerSummary(int PlayerId, string Nickname, bool IsConnected, int Score);

/// <summary>
/// One player's outcome for the most recently closed question, sent only to that player.
/// <see cref="Correct"/> means fully correct; partial multi-select credit shows as points without it.
/// </summary>
public sealed record PlayerResult
{
    public required int PlayerId { get; init; }

    public required string Nickname { get; init; }

    public required int QuestionIndex { get; init; }

    public required bool Answered { get; init; }

    public required bool Correct { get; init; }

    /// <summary>Points for this question, streak bonus included.</summary>
    public required int Points { get; init; }

    public required int StreakBonus { get; init; }

    /// <summary>
    /// The answer's credit from 0 to 1: 1 when fully correct, between for a partly right multi-select answer or a
    /// selection that partly covers the evidence, 0 when wrong or not answered.
    /// </summary>
    public decimal Credit { get; init; }

    public required int TotalScore { get; init; }

    public required int Rank { get; init; }

    public required int Streak { get; init; }

    /// <summary>Time from answering opening to the answer arriving, pauses excluded; null when not answered.</summary>
    public long? AnswerTimeMs { get; init; }
}

/// <summary>A row of the leaderboard or podium. Ranks are unique: ties are broken deterministically.</summary>
public sealed record LeaderboardEntry(int Rank, int PlayerId, string Nickname, int Score, int Streak);

/// <summary>Top players after a question; <see cref="PlayerCount"/> counts everyone ranked.</summary>
public sealed record LeaderboardView(int AfterQuestionIndex, int Total, IReadOnlyList<LeaderboardEntry> Top, int PlayerCount);

/// <summary>The final top three.</summary>
public sealed record PodiumView(IReadOnlyList<LeaderboardEntry> Top, int PlayerCount);

/// <summary>
/// "Answered N of M" for the open question. <see cref="Expected"/> is connected players plus disconnected players
/// who already answered, so the counter never goes backwards when someone answers and then drops off.
/// </summary>
public sealed record AnswerProgress(int QuestionIndex, int Answered, int Expected);
