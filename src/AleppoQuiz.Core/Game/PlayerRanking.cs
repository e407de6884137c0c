namespace AleppoQuiz.Core.Game;

/// <summary>
/// Orders players by score, then by less total time spent on credited answers, then by who joined first. Every
/// rank is unique, so the same game always produces the same standings. Sorting is O(n log n) and runs lazily:
/// once after each change that can move ranks, not per request or per answer.
/// </summary>
internal sealed class PlayerRanking(EngineWorkCounters work)
{
    private PlayerState[] ordered = [];

    public bool IsStale { get; private set; } = true;

    public IReadOnlyList<PlayerState> Ordered => ordered;

    public void MarkStale() => IsStale = true;

    public void Recompute(IReadOnlyList<PlayerState> players)
    {
        var active = new List<PlayerState>(players.Count);
        foreach (var player in players)
        {
            work.PlayerVisits++;
            if (!player.IsKicked)
            {
                active.Add(player);
            }
        }

        ordered = [.. active];
        Array.Sort(ordered, Compare);
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i].Rank = i + 1;
        }

        IsStale = false;
    }

    private int Compare(PlayerState a, PlayerState b)
    {
        work.RankComparisons++;
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byTime = a.CreditedAnswerTime.CompareTo(b.CreditedAnswerTime);
        return byTime != 0 ? byTime : a.Id.CompareTo(b.Id);
    }
}
