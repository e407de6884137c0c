namespace AleppoQuiz.Core.Game;

/// <summary>
/// Machine-readable reasons a command was refused. They are part of the wire contract with clients, so existing
/// values never change meaning.
/// </summary>
public static class RefusalCodes
{
    public const string NotAcceptingAnswers = "not-accepting-answers";
    public const string AlreadyAnswered = "already-answered";
    public const string TooLate = "too-late";
    public const string InvalidOption = "invalid-option";

    /// <summary>A find-the-evidence selection that skips words: it must be one unbroken run.</summary>
    public const string SelectionNotOneRun = "selection-not-one-run";
    public const string UnknownPlayer = "unknown-player";
    public const string Kicked = "kicked";
    public const string Paused = "paused";
    public const string InvalidToken = "invalid-token";
    public const string JoinClosed = "join-closed";
    public const string GameFull = "game-full";
    public const string GameEnded = "game-ended";
    public const string GameLocked = "game-locked";
    public const string InvalidPhase = "invalid-phase";
    public const string NoPlayers = "no-players";
    public const string AlreadyPaused = "already-paused";
    public const string NotPaused = "not-paused";
    public const string NicknameEmpty = "nickname-empty";
    public const string NicknameTooLong = "nickname-too-long";
    public const string NicknameInvalidCharacters = "nickname-invalid-characters";
    public const string NicknameNotAllowed = "nickname-not-allowed";
    public const string NicknameTaken = "nickname-taken";
}

/// <summary>
/// Why something was not done: what sort of "no" it is (which decides an HTTP status), a machine-readable code
/// pages and translations key off, and a sentence for people. Codes are part of the wire contract, so a code
/// never changes meaning.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Code, string Message);
