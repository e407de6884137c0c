using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// Stores a reveal's scores on the answers accepted earlier: one UPDATE per chunk of answers, joined to a list of
/// values, instead of one statement per answer. At ten thousand players the per-answer statements kept the journal
/// busy for seconds after each reveal, and every acknowledgement queued behind them.
/// </summary>
/// <remarks>
/// The statement is plain SQL that SQLite (3.33 and later, for UPDATE … FROM) and PostgreSQL both run as written.
/// Parameters carry their types, so PostgreSQL reads the values list as integer, boolean and bigint columns.
/// </remarks>
internal static class ScoredAnswersUpdate
{
    /// <summary>Four parameters an answer: far below SQLite's 32,766 and PostgreSQL's 65,535 per statement.</summary>
    public const int ChunkSize = 1000;

    public static async Task ApplyAsync(QuizDbContext db, IReadOnlyList<AnswerScoredEntry> scored)
    {
        foreach (var question in scored.GroupBy(s => (s.GameId, s.QuestionIndex)))
        {
            foreach (var chunk in question.Chunk(ChunkSize))
            {
                await ApplyChunkAsync(db, question.Key.GameId, question.Key.QuestionIndex, chunk);
            }
        }
    }

    private static async Task ApplyChunkAsync(QuizDbContext db, string gameId, int questionIndex, AnswerScoredEntry[] chunk)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>(2 + (4 * chunk.Length))
        {
            Parameter(factory, "game", DbType.String, gameId),
            Parameter(factory, "question", DbType.Int32, questionIndex),
        };
        var rows = new StringBuilder();
        for (var i = 0; i < chunk.Length; i++)
        {
            var answer = chunk[i];
            rows.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@p{i}, @c{i}, @s{i}, @t{i})");
            parameters.Add(Parameter(factory, $"p{i}", DbType.Int32, answer.PlayerId));
            parameters.Add(Parameter(factory, $"c{i}", DbType.Boolean, answer.Correct));
            parameters.Add(Parameter(factory, $"s{i}", DbType.Int32, answer.Points));
            parameters.Add(Parameter(factory, $"t{i}", DbType.Int64, answer.AnswerTimeMs));
        }

        var sql = $"""
            WITH scores ("PlayerId", "Correct", "Points", "AnswerTimeMs") AS (VALUES {rows})
            UPDATE "GameAnswers"
            SET "Correct" = scores."Correct", "Points" = scores."Points", "AnswerTimeMs" = scores."AnswerTimeMs"
            FROM scores
            WHERE "GameAnswers"."GameId" = @game AND "GameAnswers"."QuestionIndex" = @question
              AND "GameAnswers"."PlayerId" = scores."PlayerId"
            """;
        await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    private static DbParameter Parameter(DbCommand factory, string name, DbType type, object? value)
    {
        var parameter = factory.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
