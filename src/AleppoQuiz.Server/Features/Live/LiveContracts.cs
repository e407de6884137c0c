using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Live;

/// <param name="ClassName">The class the game is attached to, whose students join from its roster; null for an open game.</param>
public sealed record GameCreated(
    string Pin, string HostKey, string JoinUrl, string QuizId, string QuizTitle, int QuestionCount, string? ClassName = null);

public sealed record HostState(
    string Pin,
    string JoinUrl,
    string QuizTitle,
    int QuestionCount,
    GamePhase Phase,
    bool IsPaused,
    IReadOnlyList<PlayerSummary> Players,
    QuestionView? Question,
    AnswerProgress? Progress,
    RevealView? Reveal,
    LeaderboardView Leaderboard,
    PodiumView? Podium,
    bool IsLocked);

/// <param name="GameId">Names the game for good (a PIN is reused later), for the player's private results link.</param>
public sealed record Joined(string Pin, int PlayerId, string Nickname, string PlayerToken, bool IsRejoin, PlayerView State, string GameId);

/// <summary>What one player's screen needs to redraw itself, for example after a page refresh.</summary>
public sealed record PlayerView(
    GamePhase Phase,
    bool IsPaused,
    int Score,
    int? Rank,
    int PlayerCount,
    QuestionView? Question,
    bool AnsweredCurrent,
    PlayerResult? LastResult,
    RevealView? Reveal,
    PodiumView? Podium);

public sealed record AnswerAck(string Outcome, int QuestionIndex);

public sealed record PausedMessage(GamePhase Phase, long RemainingMs);

public sealed record PlayerJoinedMessage(int PlayerId, string Nickname, bool IsConnected, int Score, bool IsRejoin);

public sealed record PlayerLeftMessage(int PlayerId);

public sealed record PlayerKickedMessage(int PlayerId, string Nickname);

public sealed record KickedMessage(string Message);

/// <summary>Carried by the engine as a question's reveal payload: what a class reads once the question closes.</summary>
public sealed record RevealDetails(string Prompt, string Explanation, string Skill, IReadOnlyList<EvidencePassage> Evidence);

/// <summary>
/// The paragraph holding an evidence quote, with the quote's span inside that paragraph. <c>Title</c> is the
/// outlet's published headline, null when the article only has an editor's title; <c>Kind</c> is "story",
/// "caption" (a photo caption) or "credit" (the story's credit line).
/// </summary>
public sealed record EvidencePassage(
    string ArticleId, string Outlet, string? Title, string Quote, string Passage, int QuoteStart, int QuoteEnd,
    string Kind = PassageKinds.Story);

/// <summary>The kinds of paragraph an evidence passage can come from, as the screens name them.</summary>
public static class PassageKinds
{
    public const string Story = "story";
    public const string Caption = "caption";
    public const string Credit = "credit";

    public static string Of(AleppoQuiz.Core.Articles.ParagraphRole role) => role switch
    {
        AleppoQuiz.Core.Articles.ParagraphRole.Caption => Caption,
        AleppoQuiz.Core.Articles.ParagraphRole.CreditLine => Credit,
        _ => Story,
    };
}
