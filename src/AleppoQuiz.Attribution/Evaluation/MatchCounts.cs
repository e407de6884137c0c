namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>Counts for one role under one matching rule; precision, recall and F1 in percent.</summary>
public sealed record MatchCounts(int Predicted, int Gold, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Predicted + b.Predicted, a.Gold + b.Gold, a.Matched + b.Matched);

    public static MatchCounts Zero { get; } = new(0, 0, 0);
}

/// <summary>Exact and overlap counts for one role (source, cue or content).</summary>
public sealed record RoleScore(MatchCounts Exact, MatchCounts Overlap)
{
    public static RoleScore Zero { get; } = new(MatchCounts.Zero, MatchCounts.Zero);

    public static RoleScore operator +(RoleScore a, RoleScore b) => new(a.Exact + b.Exact, a.Overlap + b.Overlap);
}

/// <summary>Scores of the three roles, for one document or summed over a corpus.</summary>
public sealed record AttributionScore(RoleScore Source, RoleScore Cue, RoleScore Content)
{
    public static AttributionScore Zero { get; } = new(RoleScore.Zero, RoleScore.Zero, RoleScore.Zero);

    public static AttributionScore operator +(AttributionScore a, AttributionScore b) =>
        new(a.Source + b.Source, a.Cue + b.Cue, a.Content + b.Content);
}
