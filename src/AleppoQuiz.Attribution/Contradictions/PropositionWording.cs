namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// How one disputed proposition reads: the proposition itself ("the evacuation is complete"), what the other
/// side says instead (its <see cref="Denial"/>), and the label a page puts before that side's voices. Claims
/// with equal wording are about the same proposition.
/// </summary>
public sealed record PropositionWording(string Proposition, string Denial, string DenyingLabel)
{
    /// <summary>A subject in a state or not ("the evacuation is complete" / "… is not complete").</summary>
    public static PropositionWording ForState(string topic, string state) =>
        new($"the {topic} is {state}", $"it is not true that the {topic} is {state}", "No");

    /// <summary>
    /// Two accounts of who did something: saying the other side did it denies that the first one did
    /// ("rebels fired on the convoys" / "pro-government forces, not rebels, fired on the convoys").
    /// </summary>
    public static PropositionWording ForBlame(string blamed, string otherSide, string deed) =>
        new($"{blamed} {deed}", $"{otherSide}, not {blamed}, {deed}", $"No, {otherSide} did");
}
