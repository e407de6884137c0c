using AleppoQuiz.Attribution.Story;

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

/// <summary>
/// A claim that something is or is not in a state ("the evacuation is complete" / "… are not over").
/// <see cref="Speaker"/> is null when the outlet itself asserts it.
/// </summary>
public sealed record Claim(string Topic, string State, bool Affirmed, string? Speaker, string Outlet, Evidence Evidence);

/// <summary>Two sources saying opposite things about the same proposition, each with its evidence.</summary>
public sealed record Contradiction(string Proposition, Claim Affirming, Claim Denying);
