using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// A call the game did not accept. The hub filter turns it into the protocol's "code: sentence" error, so the
/// service can say no without knowing about SignalR.
/// </summary>
public sealed class GameRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static GameRefusedException From(Refusal refusal) => new(refusal.Code, refusal.Message);

    public static GameRefusedException GameNotFound() =>
        new("game-not-found", "There is no game with that PIN. Check the number on the screen.");

    public static GameRefusedException NotHost() =>
        new("not-host", "Only the host of this game can do that.");

    public static GameRefusedException NotJoined() =>
        new("not-joined", "Join a game first.");

    public static GameRefusedException NotSaving() =>
        new("game-not-saving", "The game cannot be saved at the moment, so it takes no moves. Try again in a moment.");

    public static GameRefusedException InvalidArguments(string message) => new("invalid-arguments", message);
}
