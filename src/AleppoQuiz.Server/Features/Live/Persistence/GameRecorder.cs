using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// What one live game owes the journal: the rows a call made (players, answers, scores, the end) and the commands
/// it logged, gathered while the call runs and committed as one unit when it finishes. The only place a live
/// game's moves become journal entries; used under the game's lock.
/// </summary>
internal sealed class GameRecorder(StoredGame game, GameSession session, GameJournal journal)
{
    private readonly List<JournalEntry> unsaved = [];
    private long journaledCommands = session.CommandLog.Count;

    /// <summary>True while moves are not being saved: a new move could not be acknowledged safely.</summary>
    public bool IsFailing => journal.IsFailing;

    /// <summary>A player joined for the first time, as a roster <paramref name="student"/> in a class game.</summary>
    public void Joined(PlayerSummary player, string tokenHash, DateTimeOffset at, StudentView? student)
    {
        unsaved.Add(new PlayerJoinedEntry(GameArchive.PlayerRow(game, player, tokenHash, at)));
        if (student is not null)
        {
            unsaved.Add(new PlayerLinkedEntry(GameArchive.StudentRow(game, player.PlayerId, student.Id)));
        }
    }

    public void Answered(int playerId, SubmitAnswerCommand answer, DateTimeOffset receivedAt) =>
        unsaved.Add(new AnswerAcceptedEntry(GameArchive.AnswerRow(game, session, playerId, answer, receivedAt)));

    /// <summary>Stores what an engine event settles: the scores of a revealed question, and the end of the game.</summary>
    public void Record(GameEvent e, bool endedForIdleness)
    {
        switch (e)
        {
            case QuestionRevealed:
                foreach (var result in session.GetPlayerResults().Where(r => r.Answered))
                {
                    unsaved.Add(new AnswerScoredEntry(game.Id, result.QuestionIndex, result.PlayerId, result.Correct, result.Points, result.AnswerTimeMs));
                }

                break;
            case GameEnded ended:
                unsaved.Add(new GameEndedEntry(game.Id, ended.At, endedForIdleness));
                break;
        }
    }

    /// <summary>
    /// Queues the call's rows with the commands that made them as one unit (saved whole or not at all); completes
    /// once they are in the database. Called under the game's lock, so units are queued in the order they happened.
    /// </summary>
    public Task Commit()
    {
        unsaved.AddRange(GameArchive.CommandRows(game, session, journaledCommands).Select(row => new CommandEntry(row)));
        journaledCommands = session.CommandLog.Count;
        var unit = unsaved.ToArray();
        unsaved.Clear();
        return journal.Commit(unit);
    }
}
