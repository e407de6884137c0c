using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// A call the game did not accept. The hub filter turns it into the protocol's "code: sentence" error, so the
/// service can say no without knowing about SignalR.
/// </summary>
public sealed class GameRefusedException(Refusal refusal) : Exception(refusal.Message)
{
    public GameRefusedException(RefusalKind kind, string code, string message)
        : this(new Refusal(kind, code, message))
    {
    }

    public Refusal Refusal { get; } = refusal;

    public string Code => Refusal.Code;

    public static GameRefusedException From(Refusal refusal) => new(refusal);

    public static GameRefusedException GameNotFound() =>
        new(RefusalKind.NotFound, "game-not-found", "There is no game with that PIN. Check the number on the screen.");

    public static GameRefusedException NotHost() =>
        new(RefusalKind.Forbidden, "not-host", "Only the host of this game can do that.");

    public static GameRefusedException NotJoined() =>
        new(RefusalKind.Conflict, "not-joined", "Join a game first.");

    public static GameRefusedException NotSaving() =>
        new(RefusalKind.Conflict, "game-not-saving", "The game cannot be saved at the moment, so it takes no moves. Try again in a moment.");

    public static GameRefusedException InvalidArguments(string message) => new(RefusalKind.Invalid, "invalid-arguments", message);
}
