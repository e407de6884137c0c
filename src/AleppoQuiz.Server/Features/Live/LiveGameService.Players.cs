using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Classes;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Player-side operations: joining and rejoining, answering, leaving.</summary>
internal sealed partial class LiveGameService
{
    public Task<Joined> JoinAsync(string connectionId, string pin, string? nickname, string? playerToken) =>
        JoinAsync(connectionId, FindForCaller(connectionId, pin), nickname, playerToken, student: null);

    /// <param name="student">The roster student a new player of a class game picked; null for everyone else.</param>
    private async Task<Joined> JoinAsync(string connectionId, LiveGame game, string? nickname, string? playerToken, StudentView? student)
    {
        if (playerToken is not null && !Secrets.IsWellFormed(playerToken))
        {
            throw new GameRefusedException(RefusalKind.Invalid, "invalid-token", "That player token was not issued by this server.");
        }

        var token = playerToken ?? Secrets.NewToken();
        var key = Secrets.Hash(token);
        var before = RefuseSecondPlayer(connectionId, game, key);
        if (playerToken is null)
        {
            throttles.AdmitNewPlayer(AddressOf(connectionId));
        }

        var joined = await game.MoveAsync(session =>
        {
            if (connections.IsBanned(game.Pin, connectionId))
            {
                throw GameRefusedException.From(new Refusal(RefusalKind.Forbidden, RefusalCodes.Kicked, "You were removed from this game by the host."));
            }

            // In a class game a newcomer must come through the roster; a known token still rejoins as usual.
            if (game.Roster is { } roster && student is null && session.FindPlayer(key) is null)
            {
                throw new GameRefusedException(RefusalKind.Invalid, "roster-required", $"This game is for the class {roster.ClassName}: pick your name from the class list.");
            }

            var result = session.Join(key, nickname ?? "");
            if (result.Refusal is { } refusal)
            {
                throw student is not null && refusal.Code == RefusalCodes.NicknameTaken ? StudentTaken(student) : GameRefusedException.From(refusal);
            }

            var player = result.Player!;
            var previous = connections.BindPlayer(connectionId, game.Pin, player.PlayerId, key);
            if (!result.IsRejoin)
            {
                game.Effects.PlayerJoined(player, key, time.GetUtcNow(), student);
            }

            return (result, previous, view: LiveViews.Player(game, key));
        });

        var summary = joined.result.Player!;
        if (joined.previous is not null)
        {
            // The player moved to this connection: the old one hears nothing more of the game.
            await hub.Groups.RemoveFromGroupAsync(joined.previous, GameBroadcaster.GameGroup(game.Pin));
        }

        if (before is not null && before.Pin != game.Pin)
        {
            await ReleaseAsync(connectionId, before);
        }

        await hub.Groups.AddToGroupAsync(connectionId, GameBroadcaster.GameGroup(game.Pin));
        return new Joined(game.Pin, summary.PlayerId, summary.Nickname, token, joined.result.IsRejoin, joined.view, game.Stored.Id);
    }

    public async Task<string> SuggestNicknameAsync(string connectionId, string pin)
    {
        var game = FindForCaller(connectionId, pin);
        // Suggestions use their own randomness: drawing from the game's seeded source would change the replay.
        return await game.RunAsync(session => session.SuggestNickname(new SeededRandomSource(Random.Shared.NextInt64())));
    }

    public Task<AnswerAck> SubmitAnswerAsync(string connectionId, int questionIndex, int[]? optionIds) =>
        optionIds is null || optionIds.Length == 0
            ? throw GameRefusedException.InvalidArguments("Choose at least one answer.")
            : SubmitAsync(connectionId, questionIndex, optionIds, null);

    public Task<AnswerAck> SubmitTypedAnswerAsync(string connectionId, int questionIndex, string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? throw GameRefusedException.InvalidArguments("Type an answer before submitting.")
            : SubmitAsync(connectionId, questionIndex, [], text);

    private async Task<AnswerAck> SubmitAsync(string connectionId, int questionIndex, int[] optionIds, string? text)
    {
        // Stamped on arrival: the wait for the game's lock must not make an answer sent in time late.
        var receivedAt = time.GetUtcNow();
        var (game, binding) = PlayerGame(connectionId);
        var result = await game.MoveAsync(session =>
        {
            var answer = session.SubmitAnswer(binding.PlayerKey, questionIndex, optionIds, receivedAt, text);
            if (answer.Outcome == AnswerOutcome.Accepted)
            {
                game.Effects.AnswerAccepted(binding.PlayerId, new SubmitAnswerCommand(binding.PlayerKey, questionIndex, optionIds, text), receivedAt);
            }

            return answer;
        });

        return result.Outcome switch
        {
            AnswerOutcome.Accepted => new AnswerAck("accepted", questionIndex),
            AnswerOutcome.AlreadyReceived => new AnswerAck("already-received", questionIndex),
            _ => throw GameRefusedException.From(result.Refusal!),
        };
    }

    /// <summary>A player leaves on purpose or their connection drops: they stay in the game, disconnected.</summary>
    public async Task DisconnectAsync(string connectionId)
    {
        addresses.TryRemove(connectionId, out _);
        if (connections.Unbind(connectionId) is { } binding)
        {
            await ReleaseAsync(connectionId, binding);
        }
    }

    private async Task ReleaseAsync(string connectionId, ConnectionBinding binding)
    {
        if (Find(binding.Pin) is not { } game)
        {
            return;
        }

        await game.RunAsync(session =>
        {
            if (connections.ReleasePlayer(binding, connectionId))
            {
                session.Leave(binding.PlayerKey);
            }

            return true;
        });
        await hub.Groups.RemoveFromGroupAsync(connectionId, GameBroadcaster.GameGroup(game.Pin));
    }

    /// <summary>
    /// One player per connection: a host's connection cannot also play, and a connection already playing in this
    /// game cannot add another player to it (it may rejoin as itself). Returns what the connection was bound to.
    /// </summary>
    private ConnectionBinding? RefuseSecondPlayer(string connectionId, LiveGame game, string playerKey)
    {
        if (connections.Binding(connectionId) is not { } current)
        {
            return null;
        }

        if (current.IsHost)
        {
            throw new GameRefusedException(RefusalKind.Conflict, "host-cannot-join", "This screen is hosting a game. Join as a player from another device or browser tab.");
        }

        return current.Pin == game.Pin && current.PlayerKey != playerKey
            ? throw new GameRefusedException(RefusalKind.Conflict, "already-joined", "You are already playing in this game on this screen.")
            : current;
    }

    private (LiveGame Game, ConnectionBinding Binding) PlayerGame(string connectionId) =>
        connections.Binding(connectionId) is { IsHost: false } binding && Find(binding.Pin) is { } game
            ? (game, binding)
            : throw GameRefusedException.NotJoined();
}
