namespace AleppoQuiz.Core.Game;

/// <summary>
/// Rebuilds a game from its command log, which is how the server recovers a game after a crash. Given the same
/// quiz, settings and a random source seeded as the original was, the rebuilt game is in the same state the
/// original was in right after its last logged command; the host then calls <see cref="GameSession.Tick"/> to
/// catch up with the real clock and resends the current views.
/// </summary>
public static class GameReplay
{
    public static GameSession Restore(
        GameQuiz quiz,
        GameSettings settings,
        TimeProvider timeProvider,
        IRandomSource freshRandom,
        IEnumerable<LoggedCommand> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var game = GameSession.Create(quiz, settings, timeProvider, freshRandom);
        foreach (var entry in log)
        {
            if (entry.Sequence != game.CommandLog.Count)
            {
                throw new InvalidOperationException(
                    $"The command log has a gap: expected entry {game.CommandLog.Count}, found {entry.Sequence}.");
            }

            var result = game.Execute(entry.Command, entry.At);
            if (!result.IsAccepted)
            {
                // A refusal means the inputs differ from the original game's; carrying on would hide that.
                throw new InvalidOperationException(
                    $"Entry {entry.Sequence} was refused on replay ({result.Refusal?.Code}): the quiz, settings or seed differ from the original game.");
            }
        }

        // The events were already delivered when the game first ran; the host resends current views instead.
        game.DrainEvents();
        return game;
    }
}
