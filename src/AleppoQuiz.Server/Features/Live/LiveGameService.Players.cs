using System.Text.Json;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Player-side operations: joining and rejoining, answering, leaving.</summary>
internal sealed partial class LiveGameService
{
    public Task<Joined> JoinAsync(string connectionId, string pin, string? nickname, string? playerToken) =>
        JoinAsync(connectionId, Find(pin) ?? throw GameRefusedException.GameNotFound(), nickname, playerToken, student: null);

    /// <param name="student">The roster student a new player of a class game picked; null for everyone else.</param>
    private async Task<Joined> JoinAsync(string connectionId, LiveGame game, string? nickname, string? playerToken, StudentView? student)
    {
        if (playerToken is not null && !Secrets.IsWellFormed(playerToken))
        {
            throw new GameRefusedException("invalid-token", "That player token was not issued by this server.");
        }

        var token = playerToken ?? Secrets.NewToken();
        var key = Secrets.Hash(token);
        var joined = await game.RunAsync(session =>
        {
            // In a class game a newcomer must come through the roster; a known token still rejoins as usual.
            if (game.Roster is { } roster && student is null && session.FindPlayer(key) is null)
            {
                throw new GameRefusedException("roster-required", $"This game is for the class {roster.ClassName}: pick your name from the class list.");
            }

            var result = session.Join(key, nickname ?? "");
            if (result.Refusal is { } refusal)
            {
                throw student is not null && refusal.Code == RefusalCodes.NicknameTaken ? StudentTaken(student) : GameRefusedException.From(refusal);
            }

            var player = result.Player!;
            var previous = game.Connections.Player(player.PlayerId);
            game.Connections.SetPlayer(player.PlayerId, connectionId);
            if (!result.IsRejoin)
            {
                game.Journal(new PlayerJoinedEntry(new StoredGamePlayer
                {
                    GameId = game.Stored.Id,
                    PlayerId = player.PlayerId,
                    Nickname = player.Nickname,
                    TokenHash = key,
                    JoinedAt = time.GetUtcNow(),
                }));
                if (student is not null)
                {
                    game.Journal(new PlayerLinkedEntry(new StoredPlayerStudent { GameId = game.Stored.Id, PlayerId = player.PlayerId, StudentId = student.Id }));
                }
            }

            return (result, previous, view: LiveViews.Player(game, key));
        });

        var summary = joined.result.Player!;
        if (joined.previous is not null && joined.previous != connectionId)
        {
            bindings.TryRemove(joined.previous, out _);
        }

        bindings[connectionId] = new ConnectionBinding(game.Pin, IsHost: false, summary.PlayerId, key);
        await hub.Groups.AddToGroupAsync(connectionId, GameBroadcaster.GameGroup(game.Pin));
        return new Joined(game.Pin, summary.PlayerId, summary.Nickname, token, joined.result.IsRejoin, joined.view, game.Stored.Id);
    }

    public async Task<string> SuggestNicknameAsync(string pin)
    {
        var game = Find(pin) ?? throw GameRefusedException.GameNotFound();
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
        var (game, binding) = PlayerGame(connectionId);
        var result = await game.RunAsync(session =>
        {
            var answer = (AnswerResult)session.Apply(new SubmitAnswerCommand(binding.PlayerKey, questionIndex, optionIds, text));
            if (answer.Outcome == AnswerOutcome.Accepted)
            {
                game.Journal(new AnswerAcceptedEntry(new StoredGameAnswer
                {
                    GameId = game.Stored.Id,
                    QuestionIndex = questionIndex,
                    PlayerId = binding.PlayerId,
                    QuestionId = session.Quiz.Questions[questionIndex].Id,
                    OptionIds = JsonSerializer.Serialize(optionIds),
                    Text = text?.Trim(),
                    ReceivedAt = time.GetUtcNow(),
                }));
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
        if (!bindings.TryRemove(connectionId, out var binding) || Find(binding.Pin) is not { } game)
        {
            return;
        }

        await game.RunAsync(session =>
        {
            if (binding.IsHost)
            {
                if (game.Connections.Host == connectionId)
                {
                    game.Connections.Host = null;
                }
            }
            else if (game.Connections.RemovePlayer(binding.PlayerId, connectionId))
            {
                session.Leave(binding.PlayerKey);
            }

            return true;
        });
    }

    private (LiveGame Game, ConnectionBinding Binding) PlayerGame(string connectionId) =>
        bindings.TryGetValue(connectionId, out var binding) && !binding.IsHost && Find(binding.Pin) is { } game
            ? (game, binding)
            : throw GameRefusedException.NotJoined();
}
