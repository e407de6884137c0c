using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// How many questions of a game were asked and revealed. The answer rows cannot say this on their own (a question
/// nobody answered leaves no row), so the game is replayed from its command log, exactly as a restart would.
/// </summary>
internal static class PlayedQuestions
{
    public static int Count(StoredGame game, IReadOnlyList<StoredGameCommand> commands, DateTimeOffset now)
    {
        var session = GameArchive.Restore(game, commands, new FixedClock(now));
        if (game.EndedAt is null)
        {
            // A question whose time ran out since the last command is closed by now.
            session.Tick();
        }

        // The last question counts once it was revealed; one still open, or cut off by ending the game, does not.
        return session.QuestionIndex < 0 ? 0 : session.QuestionIndex + (session.GetRevealView() is null ? 0 : 1);
    }

    /// <summary>A clock stopped at one instant: replaying never waits, it only needs to know what "now" is.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
