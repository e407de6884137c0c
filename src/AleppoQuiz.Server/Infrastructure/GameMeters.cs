using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Live;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// What an operator watches while classes play: games in play, players connected, answers taken and how fast each
/// was acknowledged, how long a broadcast takes to start, and how far the journal lags behind the games. The
/// lifecycle log lines (created, started, ended) come from here too, so the log and the counters never disagree.
/// </summary>
internal sealed partial class GameMeters : IDisposable
{
    public const string MeterName = "AleppoQuiz.Games";

    private readonly Meter meter;
    private readonly ILogger<GameMeters> logger;
    private readonly ConcurrentDictionary<string, GameTally> live = new(StringComparer.Ordinal);
    private readonly Counter<long> lifecycle;
    private readonly Counter<long> answers;
    private readonly Histogram<double> acknowledgement;
    private readonly Histogram<double> broadcast;
    private readonly Histogram<double> journalLag;
    private readonly Counter<long> journalFailures;

    public GameMeters(IMeterFactory meters, ILogger<GameMeters> logger)
    {
        this.logger = logger;
        meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("aleppoquiz.games.live", () => live.Count, "{game}",
            "Games in play on this server: created or restored and not yet ended.");
        meter.CreateObservableUpDownCounter("aleppoquiz.players.connected", () => live.Values.Sum(t => t.Connected), "{player}",
            "Players whose phone is connected to a game in play.");
        lifecycle = meter.CreateCounter<long>("aleppoquiz.games", "{game}",
            "Games by what happened to them (event: created, restored, started, ended, abandoned).");
        answers = meter.CreateCounter<long>("aleppoquiz.answers", "{answer}",
            "Answers submitted by players, by the outcome they were acknowledged with; its rate is answers per second.");
        acknowledgement = meter.CreateHistogram<double>("aleppoquiz.answer.acknowledgement.duration", "s",
            "From an answer's arrival to its acknowledgement, which waits for the answer to be saved.");
        broadcast = meter.CreateHistogram<double>("aleppoquiz.broadcast.duration", "s",
            "Time to start sending the messages one game move produced to every phone and the host screen.");
        journalLag = meter.CreateHistogram<double>("aleppoquiz.journal.lag", "s",
            "From a move being queued for the journal to its batch being saved in the database.");
        journalFailures = meter.CreateCounter<long>("aleppoquiz.journal.failures", "{failure}",
            "Journal batches that failed to save and were retried; games take no moves meanwhile.");
    }

    public void GameCreated(LiveGame game)
    {
        Track(game, started: false);
        lifecycle.Add(1, new KeyValuePair<string, object?>("event", "created"));
        LogCreated(game.Pin, game.Stored.Id, game.Stored.QuizId, game.Stored.OwnerId ?? "");
    }

    public void GameRestored(LiveGame game)
    {
        Track(game, started: game.Session.Phase != GamePhase.Lobby);
        lifecycle.Add(1, new KeyValuePair<string, object?>("event", "restored"));
    }

    /// <summary>Called once per game move with the events it produced and how long sending them took to start.</summary>
    public void Broadcast(LiveGame game, IReadOnlyList<GameEvent> events, TimeSpan elapsed)
    {
        if (events.Count == 0 || !live.TryGetValue(game.Stored.Id, out var tally))
        {
            return;
        }

        broadcast.Record(elapsed.TotalSeconds);
        if (!tally.Started && game.Session.Phase is not (GamePhase.Lobby or GamePhase.Ended))
        {
            tally.Started = true;
            lifecycle.Add(1, new KeyValuePair<string, object?>("event", "started"));
            LogStarted(game.Pin, game.Stored.Id, game.Session.GetPlayers().Count);
        }

        if (events.Any(e => e is PlayerJoined or PlayerLeft or PlayerKicked))
        {
            tally.Connected = game.Session.GetPlayers().Count(p => p.IsConnected);
        }

        if (events.OfType<GameEnded>().Any() && live.TryRemove(game.Stored.Id, out _))
        {
            var outcome = game.EndedForIdleness ? "abandoned" : "ended";
            lifecycle.Add(1, new KeyValuePair<string, object?>("event", outcome));
            LogEnded(game.Pin, game.Stored.Id, outcome, game.Session.GetPlayers().Count);
        }
    }

    public void AnswerAcknowledged(string outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        answers.Add(1, tag);
        acknowledgement.Record(elapsed.TotalSeconds, tag);
    }

    /// <param name="oldestQueuedAt">The <see cref="Stopwatch"/> timestamp at which the batch's oldest unit was queued.</param>
    public void JournalSaved(long oldestQueuedAt) => journalLag.Record(Stopwatch.GetElapsedTime(oldestQueuedAt).TotalSeconds);

    public void JournalFailed() => journalFailures.Add(1);

    public void Dispose() => meter.Dispose();

    private void Track(LiveGame game, bool started) => live[game.Stored.Id] = new GameTally
    {
        Started = started,
        Connected = game.Session.GetPlayers().Count(p => p.IsConnected),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Game {Pin} ({GameId}) created for quiz {QuizId} by teacher {TeacherId}")]
    private partial void LogCreated(string pin, string gameId, string quizId, string teacherId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Game {Pin} ({GameId}) started with {Players} players")]
    private partial void LogStarted(string pin, string gameId, int players);

    [LoggerMessage(Level = LogLevel.Information, Message = "Game {Pin} ({GameId}) {Outcome} with {Players} players")]
    private partial void LogEnded(string pin, string gameId, string outcome, int players);

    // Written under the game's lock, read by the metrics collector: plain fields, each read is of one whole value.
    private sealed class GameTally
    {
        public volatile bool Started;
        public volatile int Connected;
    }
}
