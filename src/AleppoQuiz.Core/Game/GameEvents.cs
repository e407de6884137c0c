namespace AleppoQuiz.Core.Game;

/// <summary>
/// Something that happened in a game, for the host layer to turn into messages. Collected by every command and
/// <see cref="GameSession.Tick"/>, taken with <see cref="GameSession.DrainEvents"/>. <see cref="At"/> is the game
/// time of the happening, which for timer transitions is the scheduled instant rather than when Tick ran.
/// </summary>
public abstract record GameEvent(DateTimeOffset At);

/// <summary>To the host: a player appeared in (or came back to) the roster.</summary>
public sealed record PlayerJoined(DateTimeOffset At, PlayerSummary Player, bool IsRejoin) : GameEvent(At);

/// <summary>To the host: a player disconnected; they keep their place and score.</summary>
public sealed record PlayerLeft(DateTimeOffset At, int PlayerId) : GameEvent(At);

/// <summary>To the host, and to the kicked player's connections before closing them.</summary>
public sealed record PlayerKicked(DateTimeOffset At, int PlayerId, string Nickname) : GameEvent(At);

/// <summary>To everyone: show the question, answers open at <see cref="QuestionView.AnsweringOpensAt"/>.</summary>
public sealed record QuestionPreviewStarted(DateTimeOffset At, QuestionView Question) : GameEvent(At);

/// <summary>To everyone: answer buttons on until <see cref="QuestionView.Deadline"/>.</summary>
public sealed record AnsweringStarted(DateTimeOffset At, QuestionView Question) : GameEvent(At);

/// <summary>To the host (worth throttling with many players): the "answered N of M" counter moved.</summary>
public sealed record AnswerReceived(DateTimeOffset At, int PlayerId, AnswerProgress Progress) : GameEvent(At);

/// <summary>
/// To everyone: the question closed. The hub also sends each player their own
/// <see cref="GameSession.GetPlayerResult(int)"/>.
/// </summary>
public sealed record QuestionRevealed(DateTimeOffset At, RevealView Reveal) : GameEvent(At);

public sealed record LeaderboardShown(DateTimeOffset At, LeaderboardView Leaderboard) : GameEvent(At);

public sealed record PodiumShown(DateTimeOffset At, PodiumView Podium) : GameEvent(At);

/// <summary>To everyone: the timer of <paramref name="Phase"/> froze with this much left.</summary>
public sealed record GamePaused(DateTimeOffset At, GamePhase Phase, long RemainingMs) : GameEvent(At);

/// <summary>To everyone: the timer runs again; the view carries the new deadline.</summary>
public sealed record GameResumed(DateTimeOffset At, QuestionView Question) : GameEvent(At);

public sealed record GameEnded(DateTimeOffset At, PodiumView FinalStandings) : GameEvent(At);
