using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>Applies one batch of journal entries in a single transaction, in the order they were queued.</summary>
internal sealed class JournalBatchWriter(QuizDbContext db)
{
    public async Task SaveAsync(IReadOnlyList<JournalEntry> batch)
    {
        // An answer scored in the same batch it was accepted in is completed before insertion, saving an update.
        var fresh = new Dictionary<(string, int, int), StoredGameAnswer>();
        var scoredLater = new List<AnswerScoredEntry>();
        var ended = new List<GameEndedEntry>();
        foreach (var entry in batch)
        {
            switch (entry)
            {
                case GameCreatedEntry created:
                    db.Games.Add(created.Game);
                    break;
                case CommandEntry command:
                    db.GameCommands.Add(command.Command);
                    break;
                case PlayerJoinedEntry joined:
                    db.GamePlayers.Add(joined.Player);
                    break;
                case GameLinkedEntry linked:
                    db.GameLinks.Add(linked.Link);
                    break;
                case PlayerLinkedEntry student:
                    db.PlayerStudents.Add(student.Link);
                    break;
                case AnswerAcceptedEntry accepted:
                    db.GameAnswers.Add(accepted.Answer);
                    fresh[(accepted.Answer.GameId, accepted.Answer.QuestionIndex, accepted.Answer.PlayerId)] = accepted.Answer;
                    break;
                case AnswerScoredEntry scored when fresh.TryGetValue((scored.GameId, scored.QuestionIndex, scored.PlayerId), out var answer):
                    (answer.Correct, answer.Points, answer.AnswerTimeMs) = (scored.Correct, scored.Points, scored.AnswerTimeMs);
                    break;
                case AnswerScoredEntry scored:
                    scoredLater.Add(scored);
                    break;
                case GameEndedEntry end:
                    ended.Add(end);
                    break;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await ScoredAnswersUpdate.ApplyAsync(db, scoredLater);

        foreach (var end in ended)
        {
            // The journal writes for every game on this server, whoever hosts it.
            await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Where(g => g.Id == end.GameId).ExecuteUpdateAsync(set => set.SetProperty(g => g.EndedAt, end.At).SetProperty(g => g.Abandoned, end.Abandoned));
        }

        await transaction.CommitAsync();
    }
}
