namespace AleppoQuiz.Core.Game;

/// <summary>
/// The outcome of a command. Accepted commands changed the game and were appended to the command log; refused
/// ones changed nothing.
/// </summary>
public record CommandResult(Refusal? Refusal)
{
    public static CommandResult Ok { get; } = new((Refusal?)null);

    public bool IsAccepted => Refusal is null;

    public static CommandResult Refused(RefusalKind kind, string code, string message) => new(new Refusal(kind, code, message));
}

/// <summary>The outcome of a join: the player (new or rejoined) when accepted.</summary>
public sealed record JoinResult(Refusal? Refusal, PlayerSummary? Player, bool IsRejoin) : CommandResult(Refusal)
{
    public static JoinResult Accepted(PlayerSummary player, bool isRejoin) => new(null, player, isRejoin);

    public static new JoinResult Refused(RefusalKind kind, string code, string message) => Refused(new Refusal(kind, code, message));

    public static JoinResult Refused(Refusal refusal) => new(refusal, null, false);
}

public enum AnswerOutcome
{
    /// <summary>Counted for this question.</summary>
    Accepted,

    /// <summary>A repeat of an answer already counted; acknowledged, not counted again.</summary>
    AlreadyReceived,

    Refused,
}

/// <summary>
/// The outcome of an answer. Deliberately says nothing about correctness: players learn that at reveal time.
/// </summary>
public sealed record AnswerResult(AnswerOutcome Outcome, Refusal? Refusal, AnswerProgress? Progress)
    : CommandResult(Refusal)
{
    public static AnswerResult Accepted(AnswerProgress progress) => new(AnswerOutcome.Accepted, null, progress);

    public static AnswerResult AlreadyReceived() => new(
        AnswerOutcome.AlreadyReceived,
        new Refusal(RefusalKind.Conflict, RefusalCodes.AlreadyAnswered, "Your answer to this question was already received."),
        null);

    public static new AnswerResult Refused(RefusalKind kind, string code, string message) =>
        new(AnswerOutcome.Refused, new Refusal(kind, code, message), null);
}
