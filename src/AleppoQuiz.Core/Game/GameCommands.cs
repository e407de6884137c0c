using System.Text.Json.Serialization;

namespace AleppoQuiz.Core.Game;

/// <summary>
/// A request to change a game. Every accepted command is logged with its time so a game can be rebuilt by
/// replaying the log (see <see cref="GameReplay"/>). The JSON attributes give persistence a stable shape:
/// the "type" discriminators are part of the stored format and must not be renamed.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(JoinCommand), "join")]
[JsonDerivedType(typeof(LeaveCommand), "leave")]
[JsonDerivedType(typeof(KickCommand), "kick")]
[JsonDerivedType(typeof(StartCommand), "start")]
[JsonDerivedType(typeof(NextCommand), "next")]
[JsonDerivedType(typeof(SkipCommand), "skip")]
[JsonDerivedType(typeof(PauseCommand), "pause")]
[JsonDerivedType(typeof(ResumeCommand), "resume")]
[JsonDerivedType(typeof(SubmitAnswerCommand), "answer")]
[JsonDerivedType(typeof(EndCommand), "end")]
[JsonDerivedType(typeof(LockCommand), "lock")]
public abstract record GameCommand;

/// <summary>Join, or rejoin when the token is already known (the nickname is then ignored).</summary>
public sealed record JoinCommand(string PlayerToken, string Nickname) : GameCommand;

/// <summary>The player's last connection went away; they stay in the game as disconnected.</summary>
public sealed record LeaveCommand(string PlayerToken) : GameCommand;

/// <summary>Remove a player for good; their token can never rejoin this game.</summary>
public sealed record KickCommand(int PlayerId) : GameCommand;

public sealed record StartCommand : GameCommand;

/// <summary>Reveal → Leaderboard → next question or Podium → Ended.</summary>
public sealed record NextCommand : GameCommand;

/// <summary>Close the current question now (from preview or answering) and reveal it.</summary>
public sealed record SkipCommand : GameCommand;

public sealed record PauseCommand : GameCommand;

public sealed record ResumeCommand : GameCommand;

/// <summary>
/// An answer to the question at <paramref name="QuestionIndex"/>. Naming the question lets a late answer to a
/// closed question be told apart from an answer sent before one opened. A typed answer comes as
/// <paramref name="Text"/> with no option ids.
/// </summary>
public sealed record SubmitAnswerCommand(string PlayerToken, int QuestionIndex, IReadOnlyList<int> OptionIds, string? Text = null)
    : GameCommand;

public sealed record EndCommand : GameCommand;

/// <summary>Closes the game to newcomers (<paramref name="Locked"/> true) or opens it again; players already in may rejoin.</summary>
public sealed record LockCommand(bool Locked) : GameCommand;
