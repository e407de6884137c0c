namespace AleppoQuiz.Core.Game;

/// <summary>Per-player questions a host asks when a player (re)connects and needs their screen redrawn.</summary>
public sealed partial class GameSession
{
    /// <summary>The roster in join order, kicked players left out.</summary>
    public IReadOnlyList<PlayerSummary> GetPlayers() =>
        [.. players.Where(player => !player.IsKicked).Select(player => player.ToSummary())];

    /// <summary>The player holding this token, or null if unknown or kicked.</summary>
    public PlayerSummary? FindPlayer(string playerToken) => Current(playerToken)?.ToSummary();

    /// <summary>The player's current place (rank, score, streak), or null if unknown or kicked.</summary>
    public LeaderboardEntry? GetStanding(string playerToken)
    {
        if (Current(playerToken) is not { } player)
        {
            return null;
        }

        EnsureRanking();
        return ToEntry(player);
    }

    /// <summary>
    /// Whether this player's answer to the open question was received, so a reconnecting player is shown
    /// "answer received" instead of the buttons again. False when no question is open.
    /// </summary>
    public bool HasAnsweredOpenQuestion(string playerToken) =>
        round is { IsClosed: false } open && Current(playerToken)?.AnsweredQuestion == open.Index;

    /// <summary>Whether a nickname would clash with one already in this game (ignoring case).</summary>
    public bool IsNicknameTaken(string nickname) =>
        nickname is not null && playersByNicknameKey.ContainsKey(NicknamePolicy.UniquenessKey(NicknamePolicy.Clean(nickname)));

    /// <summary>
    /// A friendly nickname nobody in this game has. Pass a random source other than the game's own: suggestions
    /// are not logged commands, so drawing from the game's source would make replay diverge.
    /// </summary>
    public string SuggestNickname(IRandomSource suggestionRandom) =>
        Settings.Nicknames.SuggestFriendlyName(suggestionRandom, playersByNicknameKey.ContainsKey);

    private PlayerState? Current(string playerToken) =>
        playerToken is not null && playersByToken.TryGetValue(playerToken, out var player) && !player.IsKicked
            ? player
            : null;
}
