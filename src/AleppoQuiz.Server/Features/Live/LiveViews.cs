using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Full-state views for a host or player who (re)attaches and must redraw from nothing.</summary>
internal static class LiveViews
{
    private static readonly GamePhase[] RevealPhases = [GamePhase.Reveal, GamePhase.Leaderboard, GamePhase.Podium, GamePhase.Ended];

    public static HostState Host(LiveGame game, string joinUrl)
    {
        var session = game.Session;
        return new HostState(
            game.Pin,
            joinUrl,
            game.Stored.QuizTitle,
            session.Quiz.Questions.Count,
            session.Phase,
            session.IsPaused,
            session.GetPlayers(),
            session.GetQuestionView(),
            session.GetProgress(),
            RevealPhases.Contains(session.Phase) ? session.GetRevealView() : null,
            session.GetLeaderboard(),
            session.Phase is GamePhase.Podium or GamePhase.Ended ? session.GetPodium() : null,
            session.IsLocked);
    }

    public static PlayerView Player(LiveGame game, string playerKey)
    {
        var session = game.Session;
        var result = session.GetPlayerResult(playerKey);
        var question = session.GetQuestionView();
        return new PlayerView(
            session.Phase,
            session.IsPaused,
            session.FindPlayer(playerKey)?.Score ?? 0,
            session.GetStanding(playerKey)?.Rank,
            session.PlayerCount,
            question,
            session.HasAnsweredOpenQuestion(playerKey),
            result,
            RevealPhases.Contains(session.Phase) ? session.GetRevealView() : null,
            session.Phase is GamePhase.Podium or GamePhase.Ended ? session.GetPodium() : null);
    }
}
