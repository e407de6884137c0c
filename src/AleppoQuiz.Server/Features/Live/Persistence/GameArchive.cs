using System.Security.Cryptography;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>
/// How a game is kept: its quiz, seed and command log are enough to rebuild it exactly, and its player and answer
/// rows are what reports read. Live games, crash recovery, reports and practice attempts all restore a game and
/// turn its moves into rows here, so a replayed game is the game that was played.
/// </summary>
internal static class GameArchive
{
    /// <summary>
    /// The stored form of a new game of <paramref name="quiz"/>, with a fresh random seed: the seed and the quiz as
    /// played are what every later replay starts from.
    /// </summary>
    public static StoredGame NewGame(string pin, string quizId, string quizTitle, GameQuiz quiz, string hostKeyHash, string? ownerId, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Pin = pin,
        QuizId = quizId,
        QuizTitle = quizTitle,
        QuizSnapshot = quiz,
        Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))),
        HostKeyHash = hostKeyHash,
        OwnerId = ownerId,
        CreatedAt = at,
    };

    /// <summary>A new game of the stored quiz with the stored seed, before any command.</summary>
    public static GameSession Start(StoredGame game, TimeProvider time) =>
        GameSession.Create(game.QuizSnapshot, GameSettings.Default, time, new SeededRandomSource(game.Seed));

    /// <summary>The game rebuilt from its stored command log, as it stood after the last stored command.</summary>
    public static async Task<GameSession> RestoreAsync(QuizDbContext db, StoredGame game, TimeProvider time, CancellationToken ct)
    {
        var commands = await db.GameCommands.AsNoTracking()
            .Where(c => c.GameId == game.Id)
            .OrderBy(c => c.Sequence)
            .ToListAsync(ct);
        return Restore(game, commands, time);
    }

    /// <summary>The game rebuilt from commands already loaded, in sequence order.</summary>
    public static GameSession Restore(StoredGame game, IEnumerable<StoredGameCommand> commands, TimeProvider time) => GameReplay.Restore(
        game.QuizSnapshot,
        GameSettings.Default,
        time,
        new SeededRandomSource(game.Seed),
        commands.Select(c => new LoggedCommand(c.Sequence, c.At, c.Command)));

    /// <summary>The rows of the commands the game accepted after the first <paramref name="saved"/> ones.</summary>
    public static IEnumerable<StoredGameCommand> CommandRows(StoredGame game, GameSession session, long saved) =>
        session.CommandLog.Since(saved).Select(entry => new StoredGameCommand
        {
            GameId = game.Id,
            Sequence = entry.Sequence,
            At = entry.At,
            Command = entry.Command,
        });

    /// <summary>The row of a player who joined for the first time.</summary>
    public static StoredGamePlayer PlayerRow(StoredGame game, PlayerSummary player, string tokenHash, DateTimeOffset joinedAt) => new()
    {
        GameId = game.Id,
        PlayerId = player.PlayerId,
        Nickname = player.Nickname,
        TokenHash = tokenHash,
        JoinedAt = joinedAt,
    };

    /// <summary>The roster student a player of a class game (or a class's homework) picked.</summary>
    public static StoredPlayerStudent StudentRow(StoredGame game, int playerId, string studentId) =>
        new() { GameId = game.Id, PlayerId = playerId, StudentId = studentId };

    /// <summary>The row of an accepted answer; its score is filled in when the question is revealed.</summary>
    public static StoredGameAnswer AnswerRow(StoredGame game, GameSession session, int playerId, SubmitAnswerCommand answer, DateTimeOffset receivedAt) => new()
    {
        GameId = game.Id,
        QuestionIndex = answer.QuestionIndex,
        PlayerId = playerId,
        QuestionId = session.Quiz.Questions[answer.QuestionIndex].Id,
        OptionIds = answer.OptionIds,
        Text = answer.Text?.Trim(),
        ReceivedAt = receivedAt,
    };
}
