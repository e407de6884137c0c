using System.Collections.Concurrent;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Holds the live games and what each connection is to them; the hub is a thin adapter over this service
/// (hubs are transient, games are not). Host-side operations live here, player-side ones in the other part.
/// </summary>
internal sealed partial class LiveGameService(
    IServiceScopeFactory scopes,
    [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time,
    GameJournal journal,
    GameBroadcaster broadcaster,
    LiveThrottles throttles,
    GameMeters meters,
    IOptions<LiveOptions> options,
    IHubContext<GameHub, IGameClient> hub,
    GameConnections connections)
{
    private readonly ConcurrentDictionary<string, LiveGame> games = new(StringComparer.Ordinal);
    private readonly Lock creating = new();

    public LiveGame? Find(string? pin) => pin is not null && games.TryGetValue(pin, out var game) ? game : null;

    /// <param name="classId">Attaches the game to one of the teacher's classes: players then join from its roster.</param>
    public async Task<GameCreated> CreateGameAsync(string connectionId, string teacherId, string quizId, string origin, string? classId = null)
    {
        if (string.IsNullOrWhiteSpace(quizId))
        {
            throw GameRefusedException.InvalidArguments("Choose a quiz to play.");
        }

        var running = games.Values.Count(g => g.Stored.OwnerId == teacherId && !g.IsEnded);
        if (running >= options.Value.MaxLiveGamesPerTeacher)
        {
            throw new GameRefusedException(RefusalKind.TooMany, "too-many-games", $"You already have {running} games running. End one before starting another.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        var built = await new GameQuizFactory(db).BuildAsync(quizId, teacherId, CancellationToken.None)
            ?? throw new GameRefusedException(RefusalKind.NotFound, "quiz-not-found", $"There is no quiz '{quizId}'.");
        var roster = classId is null ? null : await GameRoster.LoadOwnedAsync(db, classId, teacherId, CancellationToken.None)
            ?? throw new GameRefusedException(RefusalKind.NotFound, "class-not-found", "There is no such class of yours.");
        var hostKey = Secrets.NewToken();
        LiveGame game;
        Task saved;
        lock (creating)
        {
            var stored = GameArchive.NewGame(
                GamePins.Next(games.ContainsKey), built.Quiz.Id, built.Quiz.Title, built.Game, Secrets.Hash(hostKey), teacherId, time.GetUtcNow());
            game = Open(stored, GameArchive.Start(stored, time), roster);
            games[stored.Pin] = game;
            saved = journal.Commit(roster is null
                ? [new GameCreatedEntry(stored)]
                : [new GameCreatedEntry(stored), new GameLinkedEntry(new StoredGameLink { GameId = stored.Id, Kind = StoredGameLink.LiveKind, ClassId = roster.ClassId })]);
        }

        await saved;
        meters.GameCreated(game);

        await BindHostAsync(game, connectionId);
        return new GameCreated(game.Pin, hostKey, JoinUrl(origin, game), built.Quiz.Id, built.Quiz.Title, built.Game.Questions.Count, roster?.ClassName);
    }

    public async Task<HostState> AttachHostAsync(string connectionId, string teacherId, string pin, string hostKey, string origin)
    {
        var game = FindForCaller(connectionId, pin);
        if (string.IsNullOrEmpty(hostKey) || !Secrets.Matches(hostKey, game.Stored.HostKeyHash) || game.Stored.OwnerId != teacherId)
        {
            throw GameRefusedException.NotHost();
        }

        await BindHostAsync(game, connectionId);
        return await game.RunAsync(session => LiveViews.Host(game, JoinUrl(origin, game)));
    }

    /// <summary>Runs a host-only command on the caller's game, refusing anyone but that game's host.</summary>
    public async Task HostCommandAsync(string connectionId, Func<GameSession, CommandResult> command)
    {
        var game = HostedGame(connectionId);
        var result = await game.MoveAsync(command);
        if (result.Refusal is { } refusal)
        {
            throw GameRefusedException.From(refusal);
        }
    }

    /// <param name="ban">Also bars the player's connection from joining this game again under any name.</param>
    public async Task KickAsync(string connectionId, int playerId, bool ban = false)
    {
        var game = HostedGame(connectionId);
        var kickedConnection = await game.MoveAsync(session =>
        {
            var result = session.Kick(playerId);
            return result.Refusal is { } refusal ? throw GameRefusedException.From(refusal) : connections.Kick(game.Pin, playerId, ban);
        });

        if (kickedConnection is not null)
        {
            await hub.Groups.RemoveFromGroupAsync(kickedConnection, GameBroadcaster.GameGroup(game.Pin));
            await hub.Clients.Client(kickedConnection).Kicked(new KickedMessage("The host removed you from this game."));
        }
    }

    /// <summary>A game ready to run on this server's clock, journal and connections; not yet findable by PIN.</summary>
    public LiveGame Open(StoredGame stored, GameSession session, GameRoster? roster) =>
        new(stored, session, time, journal, broadcaster) { Roster = roster };

    /// <summary>Puts a game restored from storage back in play.</summary>
    public void Register(LiveGame game)
    {
        games[game.Pin] = game;
        meters.GameRestored(game);
    }

    private LiveGame HostedGame(string connectionId) =>
        connections.Binding(connectionId) is { IsHost: true } binding && Find(binding.Pin) is { } game
            ? game
            : throw GameRefusedException.NotHost();

    private async Task BindHostAsync(LiveGame game, string connectionId)
    {
        connections.BindHost(connectionId, game.Pin);
        await hub.Groups.AddToGroupAsync(connectionId, GameBroadcaster.GameGroup(game.Pin));
        await hub.Groups.AddToGroupAsync(connectionId, GameBroadcaster.HostGroup(game.Pin));
    }

    /// <summary>Where players join: the class page, with its roster behind the class code, for a class game.</summary>
    public static string JoinPath(LiveGame game) => game.Roster is null ? $"/?pin={game.Pin}" : $"/join-class.html?pin={game.Pin}";

    private static string JoinUrl(string origin, LiveGame game) => origin + JoinPath(game);
}
