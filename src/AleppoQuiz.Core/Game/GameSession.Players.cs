namespace AleppoQuiz.Core.Game;

/// <summary>Joining, rejoining, leaving and kicking. Players are identified by the token the hub issued them.</summary>
public sealed partial class GameSession
{
    private int lastPlayerId;

    private JoinResult HandleJoin(JoinCommand command, DateTimeOffset now)
    {
        if (Phase == GamePhase.Ended)
        {
            return JoinResult.Refused(RefusalKind.Conflict, RefusalCodes.GameEnded, "This game has ended.");
        }

        if (string.IsNullOrWhiteSpace(command.PlayerToken) || command.PlayerToken.Length > MaxTokenLength)
        {
            return JoinResult.Refused(RefusalKind.Invalid, RefusalCodes.InvalidToken, "The player token is missing or malformed.");
        }

        if (playersByToken.TryGetValue(command.PlayerToken, out var known))
        {
            return known.IsKicked
                ? JoinResult.Refused(RefusalKind.Forbidden, RefusalCodes.Kicked, "You were removed from this game by the host.")
                : Rejoin(known, now);
        }

        if (Phase != GamePhase.Lobby && (!Settings.AllowLateJoin || Phase == GamePhase.Podium))
        {
            return JoinResult.Refused(RefusalKind.Conflict, RefusalCodes.JoinClosed, "This game is no longer taking new players.");
        }

        if (IsLocked)
        {
            return JoinResult.Refused(RefusalKind.Conflict, RefusalCodes.GameLocked, "The host has locked this game: nobody new can join.");
        }

        if (activePlayers >= Settings.MaxPlayers)
        {
            return JoinResult.Refused(RefusalKind.Conflict, RefusalCodes.GameFull, "This game is full.");
        }

        var check = Settings.Nicknames.Check(command.Nickname, playersByNicknameKey.ContainsKey);
        if (check.Refusal is { } refusal)
        {
            return JoinResult.Refused(refusal);
        }

        var player = new PlayerState(++lastPlayerId, command.PlayerToken, check.Nickname!, check.Key!);
        players.Add(player);
        playersByToken.Add(player.Token, player);
        playersById.Add(player.Id, player);
        playersByNicknameKey.Add(player.NicknameKey, player);
        activePlayers++;
        connectedPlayers++;
        ranking.Add(player);
        events.Add(new PlayerJoined(now, player.ToSummary(), IsRejoin: false));
        return JoinResult.Accepted(player.ToSummary(), isRejoin: false);
    }

    /// <summary>Same player, same score and streak: only the connected flag changes.</summary>
    private JoinResult Rejoin(PlayerState player, DateTimeOffset now)
    {
        if (!player.IsConnected)
        {
            player.IsConnected = true;
            connectedPlayers++;
            if (round is { IsClosed: false } open && player.AnsweredQuestion == open.Index)
            {
                open.AnsweredConnected++;
            }
        }

        events.Add(new PlayerJoined(now, player.ToSummary(), IsRejoin: true));
        return JoinResult.Accepted(player.ToSummary(), isRejoin: true);
    }

    private CommandResult HandleLeave(LeaveCommand command, DateTimeOffset now)
    {
        if (FindByToken(command.PlayerToken, out var player) is { } refusal)
        {
            return refusal;
        }

        if (player!.IsConnected)
        {
            MarkDisconnected(player);
            events.Add(new PlayerLeft(now, player.Id));

            // The player who left may have been the last one the question was waiting for.
            CloseIfEveryoneAnswered(now);
        }

        return CommandResult.Ok;
    }

    private CommandResult HandleKick(KickCommand command, DateTimeOffset now)
    {
        if (Phase == GamePhase.Ended)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.GameEnded, "This game has ended.");
        }

        if (!playersById.TryGetValue(command.PlayerId, out var player) || player.IsKicked)
        {
            return CommandResult.Refused(RefusalKind.NotFound, RefusalCodes.UnknownPlayer, "There is no such player in this game.");
        }

        if (player.IsConnected)
        {
            MarkDisconnected(player);
        }

        // An answer to a question that is still open is taken back, so the reveal only counts remaining players.
        // Disconnecting above already took it out of the connected tally.
        if (round is { IsClosed: false } open && player.AnsweredQuestion == open.Index)
        {
            open.RemoveAnswer(player.AnswerOptionIds, player.AnswerText, player.AnswerCredit, fromConnectedPlayer: false);
        }

        player.IsKicked = true;
        activePlayers--;
        playersByNicknameKey.Remove(player.NicknameKey);
        ranking.MarkStale();
        events.Add(new PlayerKicked(now, player.Id, player.Nickname));
        CloseIfEveryoneAnswered(now);
        return CommandResult.Ok;
    }

    private CommandResult HandleLock(LockCommand command)
    {
        if (Phase == GamePhase.Ended)
        {
            return CommandResult.Refused(RefusalKind.Conflict, RefusalCodes.GameEnded, "This game has ended.");
        }

        IsLocked = command.Locked;
        return CommandResult.Ok;
    }

    private void MarkDisconnected(PlayerState player)
    {
        player.IsConnected = false;
        connectedPlayers--;
        if (round is { IsClosed: false } open && player.AnsweredQuestion == open.Index)
        {
            open.AnsweredConnected--;
        }
    }

    /// <summary>A refusal when the token does not name a current player; null (and the player) otherwise.</summary>
    private CommandResult? FindByToken(string token, out PlayerState? player)
    {
        if (token is null || !playersByToken.TryGetValue(token, out player))
        {
            player = null;
            return CommandResult.Refused(RefusalKind.NotFound, RefusalCodes.UnknownPlayer, "You have not joined this game.");
        }

        return player.IsKicked
            ? CommandResult.Refused(RefusalKind.Forbidden, RefusalCodes.Kicked, "You were removed from this game by the host.")
            : null;
    }
}
