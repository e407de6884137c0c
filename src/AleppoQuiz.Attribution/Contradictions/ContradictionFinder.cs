namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// Pairs claims about the same topic and state with opposite polarity from different voices (a voice is a
/// speaker, or the outlet when it asserts the claim itself). One pair per pair of voices.
/// </summary>
public static class ContradictionFinder
{
    public static IReadOnlyList<Contradiction> Find(IEnumerable<Claim> claims)
    {
        var found = new List<Contradiction>();
        foreach (var group in claims.GroupBy(c => (c.Topic, c.State)))
        {
            var seen = new HashSet<(string, string)>();
            foreach (var affirming in group.Where(c => c.Affirmed))
            {
                foreach (var denying in group.Where(c => !c.Affirmed && Voice(c) != Voice(affirming)))
                {
                    if (seen.Add((Voice(affirming), Voice(denying))))
                    {
                        found.Add(new Contradiction($"the {group.Key.Topic} is {group.Key.State}", affirming, denying));
                    }
                }
            }
        }

        return found;
    }

    private static string Voice(Claim claim) => claim.Speaker ?? claim.Outlet;
}
