using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Practice;

/// <summary>
/// One student's practice attempt: a one-player game run by the same engine, and scored by the same rules, as a live
/// game. Nothing is held in memory between requests: each request replays the stored command log, applies the
/// student's command at the server's time, and stores what changed (commands, answers with their scores, the end).
/// A question's deadline needs no timer either: the next request finds it passed and the engine closes it then.
/// </summary>
internal sealed class PracticeAttempt
{
    private readonly QuizDbContext db;
    // This player's answers by question, stored ones and new ones, tracked so a score lands on the right row.
    private readonly Dictionary<int, StoredGameAnswer> answers = [];
    private long savedCommands;

    private PracticeAttempt(QuizDbContext db, StoredGame game, StoredGamePlayer player, GameSession session, long savedCommands)
    {
        this.db = db;
        Game = game;
        Player = player;
        Session = session;
        this.savedCommands = savedCommands;
    }

    public StoredGame Game { get; }

    public StoredGamePlayer Player { get; }

    public GameSession Session { get; }

    /// <summary>
    /// A new game with its one player joined and the first question on screen, or why the name was refused.
    /// Nothing is stored until <see cref="SaveAsync"/>.
    /// </summary>
    public static (PracticeAttempt? Attempt, Refusal? Refusal) Start(QuizDbContext db, StoredGame game, string nickname, string tokenHash, TimeProvider time)
    {
        var session = GameArchive.Start(game, time);
        var joined = session.Join(tokenHash, nickname);
        if (joined.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        session.Start();
        var player = GameArchive.PlayerRow(game, joined.Player!, tokenHash, time.GetUtcNow());
        db.Games.Add(game);
        db.GamePlayers.Add(player);
        return (new PracticeAttempt(db, game, player, session, savedCommands: 0), null);
    }

    /// <summary>The attempt this token belongs to, replayed up to now; null for anything else (wrong token, live game).</summary>
    public static async Task<PracticeAttempt?> LoadAsync(QuizDbContext db, string attemptId, string token, TimeProvider time, CancellationToken ct)
    {
        if (!await db.GameLinks.AnyAsync(l => l.GameId == attemptId && l.Kind == StoredGameLink.PracticeKind, ct)
            || await StudentResultsApi.FindPlayerAsync(db, attemptId, token, ct) is not { } player)
        {
            return null;
        }

        // The attempt's token, checked above, is the student's only credential: no teacher is signed in.
        var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Id == attemptId, ct);
        var session = await GameArchive.RestoreAsync(db, game, time, ct);
        var attempt = new PracticeAttempt(db, game, player, session, session.CommandLog.Count);
        foreach (var answer in await db.GameAnswers.Where(a => a.GameId == attemptId).ToListAsync(ct))
        {
            attempt.answers[answer.QuestionIndex] = answer;
        }

        // Reading and answer times run on between requests; catch up with the clock before anything else.
        session.Tick();
        return attempt;
    }

    public string PlayerKey => Player.TokenHash;

    public int CorrectCount => answers.Values.Count(a => a.Correct == true);

    /// <summary>Polls this player answered: participation, since a poll has no right answer.</summary>
    public int PollsAnswered => answers.Keys.Count(index => Session.Quiz.Questions[index].Kind == QuestionKind.Poll);

    /// <summary>What this player typed for a type-answer question; null if nothing.</summary>
    public string? GivenText(int questionIndex) => answers.TryGetValue(questionIndex, out var answer) ? answer.Text : null;

    /// <summary>The options this player sent for a question (for order questions, their sequence); empty if none.</summary>
    public IReadOnlyList<int> Given(int questionIndex) =>
        answers.TryGetValue(questionIndex, out var answer) ? answer.OptionIds : [];

    /// <summary>Applies a command and remembers an accepted answer, so that its score can be stored with it.</summary>
    public CommandResult Apply(GameCommand command, DateTimeOffset now)
    {
        var result = Session.Apply(command);
        if (command is SubmitAnswerCommand answer && result is AnswerResult { Outcome: AnswerOutcome.Accepted })
        {
            answers[answer.QuestionIndex] = GameArchive.AnswerRow(Game, Session, Player.PlayerId, answer, now);
            db.GameAnswers.Add(answers[answer.QuestionIndex]);
        }

        return result;
    }

    /// <summary>
    /// Stores the new commands, scores the answers of any question that closed, and marks the game ended. Two
    /// requests racing on one attempt both try to store the same command number; the database lets one through.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        db.GameCommands.AddRange(GameArchive.CommandRows(Game, Session, savedCommands));

        foreach (var e in Session.DrainEvents())
        {
            switch (e)
            {
                case QuestionRevealed when Session.GetPlayerResult(PlayerKey) is { Answered: true } result:
                    (answers[result.QuestionIndex].Correct, answers[result.QuestionIndex].Points, answers[result.QuestionIndex].AnswerTimeMs) =
                        (result.Correct, result.Points, result.AnswerTimeMs);
                    break;
                case GameEnded ended:
                    Game.EndedAt = ended.At;
                    break;
            }
        }

        await db.SaveChangesAsync(ct);
        savedCommands = Session.CommandLog.Count;
    }
}
