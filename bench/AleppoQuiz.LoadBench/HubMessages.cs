namespace AleppoQuiz.LoadBench;

// The parts of the published protocol (docs/realtime-protocol.md) a load client reads. Property names match the
// server's, so the same classes read JSON (camelCase, case-insensitive) and MessagePack (names as sent).

internal sealed class GameCreatedMessage
{
    public string Pin { get; set; } = "";
}

internal sealed class JoinedMessage
{
    public string GameId { get; set; } = "";

    public int PlayerId { get; set; }
}

internal sealed class OptionMessage
{
    public int Id { get; set; }
}

internal sealed class QuestionMessage
{
    public int Index { get; set; }

    /// <summary>"order" in JSON; the enum's number (3) in MessagePack.</summary>
    public object? Kind { get; set; }

    public List<OptionMessage> Options { get; set; } = [];

    public DateTimeOffset? AnsweringOpensAt { get; set; }

    public bool IsOrdering => Kind?.ToString() is "order" or "Order" or "3";
}

internal sealed class RevealMessage
{
    public int Index { get; set; }
}

internal sealed class ResultMessage
{
    public int QuestionIndex { get; set; }
}

internal sealed class AckMessage
{
    public string Outcome { get; set; } = "";
}

internal sealed class QuestionReportMessage
{
    public int Answered { get; set; }
}
