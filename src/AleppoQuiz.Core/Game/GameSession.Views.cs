namespace AleppoQuiz.Core.Game;

/// <summary>Read-only views for the hub to send. Reading a view never changes the game.</summary>
public sealed partial class GameSession
{
    private const int PodiumSize = 3;

    /// <summary>The current question for everyone, during QuestionPreview and Answering; null otherwise.</summary>
    public QuestionView? GetQuestionView() =>
        round is { IsClosed: false } current && Phase is GamePhase.QuestionPreview or GamePhase.Answering
            ? BuildQuestionView(current, CurrentTime())
            : null;

    /// <summary>The last closed question's reveal, until the next question opens; null otherwise.</summary>
    public RevealView? GetRevealView() =>
        round is { IsClosed: true } closed ? BuildRevealView(closed) : null;

    /// <summary>"Answered N of M" for the open question; null when no question is open.</summary>
    public AnswerProgress? GetProgress() => round is { IsClosed: false } open ? BuildProgress(open) : null;

    /// <summary>A player's outcome for the last closed question; null if none closed yet or no such player.</summary>
    public PlayerResult? GetPlayerResult(int playerId) =>
        playersById.TryGetValue(playerId, out var player) ? BuildPlayerResult(player) : null;

    public PlayerResult? GetPlayerResult(string playerToken) =>
        playerToken is not null && playersByToken.TryGetValue(playerToken, out var player) ? BuildPlayerResult(player) : null;

    /// <summary>Every current player's outcome for the last closed question, for sending each their own.</summary>
    public IEnumerable<PlayerResult> GetPlayerResults()
    {
        EnsureRanking();
        foreach (var player in players)
        {
            if (BuildPlayerResult(player) is { } result)
            {
                yield return result;
            }
        }
    }

    public LeaderboardView GetLeaderboard(int? top = null)
    {
        EnsureRanking();
        var ordered = ranking.Ordered();
        var entries = ordered.Take(top ?? Settings.LeaderboardSize).Select(ToEntry).ToArray();
        return new LeaderboardView(QuestionIndex, Quiz.Questions.Count, entries, ordered.Count);
    }

    public PodiumView GetPodium()
    {
        EnsureRanking();
        var ordered = ranking.Ordered();
        return new PodiumView([.. ordered.Take(PodiumSize).Select(ToEntry)], ordered.Count);
    }

    /// <summary>Sorts only when a reveal or kick may have reordered players; joins keep the ranking current.</summary>
    private void EnsureRanking()
    {
        if (ranking.IsStale)
        {
            ranking.Recompute(players);
        }
    }

    private PlayerResult? BuildPlayerResult(PlayerState player)
    {
        if (player.IsKicked || round is not { IsClosed: true } closed)
        {
            return null;
        }

        EnsureRanking();

        // Someone who joined after the question closed simply has no answer for it.
        var hasResult = player.ResultQuestion == closed.Index;
        return new PlayerResult
        {
            PlayerId = player.Id,
            Nickname = player.Nickname,
            QuestionIndex = closed.Index,
            Answered = hasResult && player.ResultAnswered,
            Correct = hasResult && player.ResultCorrect,
            Points = hasResult ? player.ResultPoints : 0,
            StreakBonus = hasResult ? player.ResultStreakBonus : 0,
            Credit = hasResult ? player.ResultCredit : 0m,
            TotalScore = player.Score,
            Rank = ranking.RankOf(player),
            Streak = player.Streak,
            AnswerTimeMs = hasResult && player.ResultAnswered ? Milliseconds(player.AnswerElapsed) : null,
        };
    }

    private QuestionView BuildQuestionView(QuestionRound current, DateTimeOffset now)
    {
        var question = current.Question;
        var answering = current.Answering;
        DateTimeOffset? opensAt = IsPaused ? null : answering?.StartedAt ?? current.Reading.EndsAt;
        DateTimeOffset? deadline = IsPaused ? null : answering?.EndsAt ?? opensAt + question.TimeLimit;
        return new QuestionView
        {
            Index = current.Index,
            Total = Quiz.Questions.Count,
            Kind = question.Kind,
            Prompt = question.Prompt,
            Options = current.OptionViews,
            Passage = question.Passage,
            Phase = answering is null ? GamePhase.QuestionPreview : GamePhase.Answering,
            TimeLimitMs = Milliseconds(question.TimeLimit),
            PointsMultiplier = question.PointsMultiplier,
            IsPaused = IsPaused,
            AnsweringOpensAt = opensAt,
            Deadline = deadline,
            ReadingRemainingMs = answering is null ? Milliseconds(current.Reading.Remaining(now)) : 0,
            AnswerRemainingMs = Milliseconds(answering?.Remaining(now) ?? question.TimeLimit),
        };
    }

    private RevealView BuildRevealView(QuestionRound closed) => new()
    {
        Index = closed.Index,
        Total = Quiz.Questions.Count,
        Kind = closed.Question.Kind,
        Distribution =
        [
            .. closed.OptionViews.Select(option =>
                new OptionTally(option.Id, option.Text, closed.Distribution[option.Id], closed.IsCorrectOption[option.Id])),
        ],
        CorrectOptionIds = [.. closed.Question.CorrectOptionIds],
        TypedAnswers = closed.TypedAnswers,
        AcceptedAnswers = [.. closed.Question.AcceptedAnswers],
        RevealPayload = closed.Question.RevealPayload,
        AnsweredCount = closed.Answered,
        FullyCorrectCount = closed.FullyCorrect,
        Passage = closed.Question.Passage,
        FoundCount = closed.FullyCorrect,
        PartlyFoundCount = closed.PartlyCorrect,
        CloseReason = closed.CloseReason!.Value,
    };

    private LeaderboardEntry ToEntry(PlayerState player) =>
        new(ranking.RankOf(player), player.Id, player.Nickname, player.Score, player.Streak);
}
