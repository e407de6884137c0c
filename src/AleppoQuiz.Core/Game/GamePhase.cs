namespace AleppoQuiz.Core.Game;

/// <summary>
/// Where a game is in its run. Pausing is not a phase: a paused game stays in QuestionPreview or Answering
/// with its timer frozen (see <see cref="GameSession.IsPaused"/>).
/// </summary>
public enum GamePhase
{
    /// <summary>Players join; nothing is timed.</summary>
    Lobby,

    /// <summary>The question is shown without answer buttons so everyone can read it.</summary>
    QuestionPreview,

    /// <summary>The question timer runs and answers are accepted.</summary>
    Answering,

    /// <summary>The answer distribution, correct options and evidence are shown.</summary>
    Reveal,

    /// <summary>Standings after the question just revealed.</summary>
    Leaderboard,

    /// <summary>Final top three after the last question.</summary>
    Podium,

    /// <summary>Nothing more happens; only views can be read.</summary>
    Ended,
}
