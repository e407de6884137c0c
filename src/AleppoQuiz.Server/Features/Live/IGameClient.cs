using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>The messages the server sends to hosts and players (see docs/realtime-protocol.md).</summary>
public interface IGameClient
{
    // To everyone in the game.
    Task QuestionPreview(QuestionView question);
    Task AnsweringOpen(QuestionView question);
    Task QuestionClosed(RevealView reveal);
    Task Leaderboard(LeaderboardView leaderboard);
    Task Podium(PodiumView podium);
    Task Paused(PausedMessage paused);
    Task Resumed(QuestionView question);
    Task GameEnded(PodiumView finalStandings);

    // To the host.
    Task PlayerJoined(PlayerJoinedMessage player);
    Task PlayerLeft(PlayerLeftMessage player);
    Task PlayerKicked(PlayerKickedMessage player);
    Task AnswerProgress(AnswerProgress progress);

    // To one player.
    Task YourResult(PlayerResult result);
    Task Kicked(KickedMessage kicked);
}
