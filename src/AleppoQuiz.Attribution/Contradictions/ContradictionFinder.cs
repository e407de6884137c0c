using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// Finds propositions the sources disagree on: claims about the same topic and state with opposite polarity
/// from different voices (a voice is a speaker, or the outlet when it asserts the claim itself). Each
/// proposition is one contradiction listing every statement on each side, so a class sees one conflict with
/// all its evidence rather than every pairing of a yes with a no.
/// </summary>
public static class ContradictionFinder
{
    public static IReadOnlyList<Contradiction> Find(IEnumerable<Claim> claims)
    {
        var found = new List<Contradiction>();
        foreach (var group in claims.GroupBy(c => c.Wording))
        {
            // A voice heard on both sides does not set sources against each other; leaving it out keeps the
            // conflict to what one source says and another denies.
            var affirmingVoices = group.Where(c => c.Affirmed).Select(Voice).ToHashSet(StringComparer.Ordinal);
            var denyingVoices = group.Where(c => !c.Affirmed).Select(Voice).ToHashSet(StringComparer.Ordinal);
            var affirming = Side(group.Where(c => c.Affirmed && !denyingVoices.Contains(Voice(c))));
            var denying = Side(group.Where(c => !c.Affirmed && !affirmingVoices.Contains(Voice(c))));
            if (affirming.Count > 0 && denying.Count > 0)
            {
                found.Add(new Contradiction(group.Key, affirming, denying));
            }
        }

        return found;
    }

    /// <summary>The voice of a claim: its speaker, or the outlet that asserts it.</summary>
    public static string Voice(Claim claim) => claim.Speaker ?? claim.Outlet;

    /// <summary>
    /// One statement per voice and outlet (the same words carried by two outlets stay two statements, each a
    /// place to check), the clearest first: the shortest evidence, in story order.
    /// </summary>
    private static IReadOnlyList<Claim> Side(IEnumerable<Claim> claims) =>
        claims.GroupBy(c => (Voice(c), c.Outlet))
            .Select(g => g.OrderBy(c => c.Evidence.End - c.Evidence.Start).First())
            .ToList();
}

/// <summary>
/// A claim for or against a proposition ("the evacuation is complete" / "… are not over"; "rebels fired on the
/// convoys" / "pro-government forces opened fire"). <see cref="Speaker"/> is null when the outlet itself asserts
/// it; <see cref="Wording"/> says how the proposition reads, a subject in a state unless set otherwise.
/// </summary>
public sealed record Claim(string Topic, string State, bool Affirmed, string? Speaker, string Outlet, Evidence Evidence)
{
    public PropositionWording Wording { get; init; } = PropositionWording.ForState(Topic, State);

    /// <summary>What this claim says, in words: the proposition or its denial.</summary>
    public string Statement => Affirmed ? Wording.Proposition : Wording.Denial;
}

/// <summary>
/// One proposition the sources disagree on ("the evacuation is complete"): the statements that affirm it and
/// those that deny it, each with its speaker, outlet and evidence. Both sides are non-empty and no voice is on both.
/// </summary>
public sealed record Contradiction(PropositionWording Wording, IReadOnlyList<Claim> Affirming, IReadOnlyList<Claim> Denying)
{
    public string Proposition => Wording.Proposition;
}
