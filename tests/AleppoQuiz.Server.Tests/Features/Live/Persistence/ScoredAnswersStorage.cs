using System.Data.Common;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// A big question's answers stored in one journal batch and its reveal's scores in a later one, as a game of a few
/// thousand players produces them; run against SQLite and PostgreSQL by the tests beside it.
/// </summary>
internal static class ScoredAnswersStorage
{
    public const int Players = 2_345;

    private static readonly DateTimeOffset Played = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Stores the answers, then the scores; returns how many UPDATE statements the scores took.</summary>
    public static async Task<int> PlayAsync(Func<DbCommandInterceptor?, QuizDbContext> context)
    {
        await using (var db = context(null))
        {
            await db.Database.MigrateAsync();
            List<JournalEntry> accepted = [new GameCreatedEntry(Game("g1")), new GameCreatedEntry(Game("g2")), Answer("g1", 1, 1), Answer("g2", 0, 1)];
            accepted.AddRange(Enumerable.Range(1, Players).Select(player => Answer("g1", 0, player)));
            await new JournalBatchWriter(db).SaveAsync(accepted);
        }

        var updates = new UpdateCounter();
        await using (var db = context(updates))
        {
            var scored = Enumerable.Range(1, Players).Select(player => new AnswerScoredEntry("g1", 0, player, player % 2 == 0, player * 10, player));
            await new JournalBatchWriter(db).SaveAsync([.. scored]);
        }

        return updates.Count;
    }

    /// <summary>Every answer of the revealed question has its own score; answers elsewhere are untouched.</summary>
    public static async Task AssertScoredAsync(QuizDbContext db)
    {
        var answers = await db.GameAnswers.OrderBy(a => a.GameId).ThenBy(a => a.QuestionIndex).ThenBy(a => a.PlayerId).ToListAsync();
        var revealed = answers.Where(a => a.GameId == "g1" && a.QuestionIndex == 0).ToList();
        Assert.Equal(Enumerable.Range(1, Players), revealed.Select(a => a.PlayerId));
        Assert.All(revealed, a => Assert.Equal((a.PlayerId % 2 == 0, a.PlayerId * 10, (long)a.PlayerId), (a.Correct!.Value, a.Points!.Value, a.AnswerTimeMs!.Value)));
        Assert.All(answers.Except(revealed), a => Assert.Equal((null, null, null), (a.Correct, a.Points, a.AnswerTimeMs)));
        Assert.Equal(2, answers.Count - revealed.Count);
    }

    private static StoredGame Game(string id) => new()
    {
        Id = id,
        Pin = id,
        QuizId = "quiz",
        QuizTitle = "Aleppo",
        QuizSnapshot = new GameQuiz("Aleppo", []),
        HostKeyHash = "hash",
        CreatedAt = Played,
    };

    private static AnswerAcceptedEntry Answer(string gameId, int question, int player) => new(new StoredGameAnswer
    {
        GameId = gameId,
        QuestionIndex = question,
        PlayerId = player,
        QuestionId = $"q{question}",
        OptionIds = [player % 4],
        ReceivedAt = Played.AddSeconds(question * 30).AddMilliseconds(player),
    });

    private sealed class UpdateCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase))
            {
                Count++;
            }

            return ValueTask.FromResult(result);
        }
    }
}
