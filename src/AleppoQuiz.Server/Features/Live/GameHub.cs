using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Classes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// The live game hub: translates calls into <see cref="LiveGameService"/> operations and nothing more.
/// Refusals become "code: sentence" errors through <see cref="RefusalHubFilter"/>.
/// </summary>
internal sealed class GameHub(LiveGameService games, IOptions<LiveOptions> options) : Hub<IGameClient>
{
    public const string Path = "/hubs/game";

    // Host

    public Task<GameCreated> CreateGame(string quizId) =>
        games.CreateGameAsync(Context.ConnectionId, SignedInTeacher(), quizId, Origin());

    /// <summary>Like <see cref="CreateGame"/>, for one of the teacher's classes: players join from its roster.</summary>
    public Task<GameCreated> CreateClassGame(string quizId, string classId) =>
        games.CreateGameAsync(Context.ConnectionId, SignedInTeacher(), quizId, Origin(), classId);

    public Task<HostState> AttachHost(string pin, string hostKey) =>
        games.AttachHostAsync(Context.ConnectionId, SignedInTeacher(), pin, hostKey, Origin());

    public Task StartGame() => games.HostCommandAsync(Context.ConnectionId, session => session.Start());

    public Task Next() => games.HostCommandAsync(Context.ConnectionId, session => session.Next());

    public Task Skip() => games.HostCommandAsync(Context.ConnectionId, session => session.Skip());

    public Task Pause() => games.HostCommandAsync(Context.ConnectionId, session => session.Pause());

    public Task Resume() => games.HostCommandAsync(Context.ConnectionId, session => session.Resume());

    public Task EndGame() => games.HostCommandAsync(Context.ConnectionId, session => session.End());

    public Task Kick(int playerId) => games.KickAsync(Context.ConnectionId, playerId);

    /// <summary>Kicks a player and bars their connection from joining this game again under any name.</summary>
    public Task Ban(int playerId) => games.KickAsync(Context.ConnectionId, playerId, ban: true);

    public Task LockGame() => games.HostCommandAsync(Context.ConnectionId, session => session.Lock(true));

    public Task UnlockGame() => games.HostCommandAsync(Context.ConnectionId, session => session.Lock(false));

    // Players

    public Task<Joined> Join(string pin, string? nickname, string? playerToken) =>
        games.JoinAsync(Context.ConnectionId, pin, nickname, playerToken);

    public Task<RosterChoice> ClassRoster(string pin, string classCode) => games.ClassRosterAsync(Context.ConnectionId, pin, classCode);

    public Task<Joined> JoinAsStudent(string pin, string classCode, string studentId, string? playerToken) =>
        games.JoinAsStudentAsync(Context.ConnectionId, pin, classCode, studentId, playerToken);

    public Task<string> SuggestNickname(string pin) => games.SuggestNicknameAsync(Context.ConnectionId, pin);

    public Task<AnswerAck> SubmitAnswer(int questionIndex, int[] optionIds) =>
        games.SubmitAnswerAsync(Context.ConnectionId, questionIndex, optionIds);

    public Task<AnswerAck> SubmitTypedAnswer(int questionIndex, string text) =>
        games.SubmitTypedAnswerAsync(Context.ConnectionId, questionIndex, text);

    public Task Leave() => games.DisconnectAsync(Context.ConnectionId);

    public override Task OnConnectedAsync()
    {
        if (Context.GetHttpContext()?.Request is { } request && !options.Value.AllowsOrigin(request))
        {
            // Another site's page opened this socket in a teacher's browser, carrying their sign-in cookie.
            Context.Abort();
            return Task.CompletedTask;
        }

        games.Connected(Context.ConnectionId, Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString());
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception) => games.DisconnectAsync(Context.ConnectionId);

    // Hosting needs a signed-in teacher whose account is approved; joining as a player never does. Refused in the
    // protocol's own "code: sentence" form so a host screen can send the teacher to sign in, or say why not.
    private string SignedInTeacher() => Context.User switch
    {
        { } user when user.IsApproved() => user.TeacherId(),
        { Identity.IsAuthenticated: true } => throw GameRefusedException.From(AccountRefusals.Pending),
        _ => throw new GameRefusedException(RefusalKind.Unauthenticated, "signed-out", "Sign in as a teacher to host a game."),
    };

    // Phones must reach the join address: a configured public address beats the one the host screen used.
    private string Origin() => options.Value.JoinOrigin(Context.GetHttpContext()?.Request);
}
