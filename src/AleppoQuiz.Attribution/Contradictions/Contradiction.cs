using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// A claim that something is or is not in a state ("the evacuation is complete" / "… are not over").
/// <see cref="Speaker"/> is null when the outlet itself asserts it.
/// </summary>
public sealed record Claim(string Topic, string State, bool Affirmed, string? Speaker, string Outlet, Evidence Evidence);

/// <summary>Two sources saying opposite things about the same proposition, each with its evidence.</summary>
public sealed record Contradiction(string Proposition, Claim Affirming, Claim Denying);
