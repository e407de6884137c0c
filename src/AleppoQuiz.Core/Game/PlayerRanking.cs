namespace AleppoQuiz.Core.Game;

/// <summary>
/// Orders players by score, then by less total time spent on credited answers, then by who joined first. Every
/// rank is unique, so the same game always produces the same standings. A full sort (O(n log n)) runs only after a
/// change that can reorder players already ranked — a reveal or a kick — and only once something asks for a rank.
/// </summary>
/// <remarks>
/// Joining must stay cheap however many players are in: ten thousand joins each paying for a sort dominated a big
/// game's lobby. A newcomer has no score, no credited time and the highest id, so every newcomer since the last sort
/// belongs at one and the same place in it, in join order. That place is found once by binary search, and ranks
/// are read through <see cref="RankOf"/>, which shifts the players sorted below it by the number of newcomers.
/// </remarks>
internal sealed class PlayerRanking(EngineWorkCounters work)
{
    private readonly List<PlayerState> newcomers = [];
    private PlayerState[] sorted = [];

    /// <summary>How many sorted players rank above every newcomer; valid while there are newcomers.</summary>
    private int newcomersAt;

    /// <summary>An empty game is ranked: players joining the lobby take ranks in join order without any sort.</summary>
    public bool IsStale { get; private set; }

    public void MarkStale()
    {
        IsStale = true;
        newcomers.Clear();
    }

    /// <summary>Places a player who just joined; a stale ranking will take them in with its next sort anyway.</summary>
    public void Add(PlayerState player)
    {
        if (IsStale)
        {
            return;
        }

        if (newcomers.Count == 0)
        {
            newcomersAt = CountRankedAbove(player);
        }

        newcomers.Add(player);
        player.JoinedSinceSort = true;
        player.Rank = newcomersAt + newcomers.Count;
    }

    /// <summary>The player's rank; call <see cref="Recompute"/> first if the ranking <see cref="IsStale"/>.</summary>
    public int RankOf(PlayerState player) =>
        player.JoinedSinceSort || player.Rank <= newcomersAt ? player.Rank : player.Rank + newcomers.Count;

    /// <summary>Everyone ranked, best first. Newcomers are merged in where they belong, which needs no comparison.</summary>
    public IReadOnlyList<PlayerState> Ordered()
    {
        if (newcomers.Count > 0)
        {
            sorted = [.. sorted.AsSpan(0, newcomersAt), .. newcomers, .. sorted.AsSpan(newcomersAt)];
            newcomers.Clear();
            Renumber(from: newcomersAt);
        }

        return sorted;
    }

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

        sorted = [.. active];
        Array.Sort(sorted, Compare);
        newcomers.Clear();
        Renumber(from: 0);
        IsStale = false;
    }

    private void Renumber(int from)
    {
        for (var i = from; i < sorted.Length; i++)
        {
            sorted[i].Rank = i + 1;
            sorted[i].JoinedSinceSort = false;
        }
    }

    /// <summary>Binary search: the sorted players who rank above <paramref name="newcomer"/> form a prefix.</summary>
    private int CountRankedAbove(PlayerState newcomer)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Compare(sorted[middle], newcomer) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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
