namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// A file that cannot be imported. <see cref="Location"/> names the place at fault, a line ("line 12") for the
/// line-based formats or an element path ("quiz/question[3]/answer") for XML, and the message starts with it so
/// that a teacher reading only the message can still find the spot.
/// </summary>
public sealed class ExchangeFormatException : Exception
{
    public ExchangeFormatException(string? location, string reason, Exception? inner = null)
        : base(location is null ? reason : $"{location}: {reason}", inner)
    {
        Location = location;
        Reason = reason;
    }

    public ExchangeFormatException()
        : this(null, "the file cannot be imported")
    {
    }

    public ExchangeFormatException(string message)
        : this(null, message)
    {
    }

    public ExchangeFormatException(string message, Exception inner)
        : this(null, message, inner)
    {
    }

    public string? Location { get; }

    public string Reason { get; }

    /// <summary>
    /// The question is well formed but of a kind we cannot play (an essay, a numerical question): the import leaves
    /// that question out and reports it instead of refusing the whole file.
    /// </summary>
    public bool IsUnsupportedQuestion { get; private init; }

    public static ExchangeFormatException Unsupported(string location, string reason) =>
        new(location, reason) { IsUnsupportedQuestion = true };

    public static ExchangeFormatException AtLine(int line, string reason) => new($"line {line}", reason);

    public static ExchangeFormatException UnsupportedAtLine(int line, string reason) => Unsupported($"line {line}", reason);
}
