using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// A live game as stored: enough to rebuild it after a crash (the quiz as it was played, the random seed and the
/// command log) and to review it afterwards (players and answers).
/// </summary>
public sealed class StoredGame
{
    /// <summary>The teacher who owns this; null for the built-in content every teacher can use.</summary>
    public string? OwnerId { get; set; }

    public required string Id { get; set; }
    public required string Pin { get; set; }
    public required string QuizId { get; set; }
    public required string QuizTitle { get; set; }
    /// <summary>The questions exactly as played (a JSON column): later edits to the quiz must not change a past game.</summary>
    public required GameQuiz QuizSnapshot { get; set; }
    public long Seed { get; set; }
    /// <summary>SHA-256 of the host key; the key itself is only ever held by the host's browser.</summary>
    public required string HostKeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Ended by the server because nobody moved for a long time, not by its host; left out of mastery.</summary>
    public bool Abandoned { get; set; }
}

/// <summary>One accepted engine command, in order; replaying them rebuilds the game.</summary>
public sealed class StoredGameCommand
{
    public required string GameId { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required GameCommand Command { get; set; }
}

public sealed class StoredGamePlayer
{
    public required string GameId { get; set; }
    public int PlayerId { get; set; }
    public required string Nickname { get; set; }
    /// <summary>SHA-256 of the player token, so a results link can be checked without storing the token.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>An accepted answer; points and correctness are filled in when the question is revealed.</summary>
public sealed class StoredGameAnswer
{
    public required string GameId { get; set; }
    public int QuestionIndex { get; set; }
    public int PlayerId { get; set; }
    public required string QuestionId { get; set; }
    /// <summary>The chosen option ids (for order questions, the submitted sequence), stored as a JSON array.</summary>
    public required IReadOnlyList<int> OptionIds { get; set; }
    /// <summary>A typed answer as the student wrote it (type-answer questions); null for the other kinds.</summary>
    public string? Text { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public bool? Correct { get; set; }
    public int? Points { get; set; }
    public long? AnswerTimeMs { get; set; }
}
