namespace AleppoQuiz.Core.Game;

/// <summary>An accepted command, its position in the game's log (from 0) and the game time it was applied at.</summary>
public sealed record LoggedCommand(long Sequence, DateTimeOffset At, GameCommand Command);

/// <summary>
/// The accepted commands of one game, in order. Timer transitions are not logged: they follow from the logged
/// times (see <see cref="GameReplay"/>). Persistence appends <see cref="Since"/> its last saved sequence.
/// </summary>
public sealed class GameCommandLog
{
    private readonly List<LoggedCommand> entries = [];

    public int Count => entries.Count;

    public IReadOnlyList<LoggedCommand> Entries => entries;

    /// <summary>Entries with a sequence number of at least <paramref name="sequence"/>.</summary>
    public IReadOnlyList<LoggedCommand> Since(long sequence)
    {
        var start = (int)Math.Clamp(sequence, 0, entries.Count);
        return entries.GetRange(start, entries.Count - start);
    }

    internal LoggedCommand Append(DateTimeOffset at, GameCommand command)
    {
        var entry = new LoggedCommand(entries.Count, at, command);
        entries.Add(entry);
        return entry;
    }
}
