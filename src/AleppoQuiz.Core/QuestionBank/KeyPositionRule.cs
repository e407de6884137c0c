namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Checks that the authored position of the key carries no information, so a file read without shuffling (an
/// export, a printout) gives nothing away: each position holds 15–35% of the single-choice keys and 40–60% of the
/// true/false keys are "True". Counts are rounded outwards, so a short quiz is held to what its size allows.
/// Pinned questions are left out: their order is meaning and the author cannot move the key.
/// </summary>
public static class KeyPositionRule
{
    public const double MinPositionShare = 0.15;
    public const double MaxPositionShare = 0.35;
    public const double MinTrueShare = 0.40;
    public const double MaxTrueShare = 0.60;

    public static IReadOnlyList<string> Check(IEnumerable<Question> questions)
    {
        var shuffled = questions.Where(q => !q.KeepOrder).ToArray();
        var findings = new List<string>();
        CheckSingleChoice(shuffled.Where(q => q.Type == QuestionType.Single && q.CorrectOptionIndexes.Count == 1).ToArray(), findings);
        CheckTrueFalse(shuffled.Where(q => q.Type == QuestionType.TrueFalse && q.CorrectOptionIndexes.Count == 1).ToArray(), findings);
        return findings;
    }

    private static void CheckSingleChoice(Question[] singles, List<string> findings)
    {
        if (singles.Length == 0)
        {
            return;
        }

        // The positions every usual question offers: those of the most common option count.
        var positions = singles.GroupBy(q => q.Options.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var counts = new int[positions];
        foreach (var key in singles.Select(q => q.CorrectOptionIndexes[0]).Where(k => k < positions))
        {
            counts[key]++;
        }

        var (low, high) = Bounds(singles.Length, MinPositionShare, MaxPositionShare);
        var off = Enumerable.Range(0, positions).Where(p => counts[p] < low || counts[p] > high).ToArray();
        if (off.Length > 0)
        {
            var tally = string.Join(", ", Enumerable.Range(0, positions).Select(p => $"{(char)('A' + p)} {counts[p]}"));
            findings.Add(
                $"the single-choice keys sit too often in some positions ({tally} of {singles.Length}); " +
                $"each position should hold {low}–{high}, so reorder some options");
        }
    }

    private static void CheckTrueFalse(Question[] trueFalse, List<string> findings)
    {
        var trues = trueFalse.Count(q => string.Equals(q.Options[q.CorrectOptionIndexes[0]].Text.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        var (low, high) = Bounds(trueFalse.Length, MinTrueShare, MaxTrueShare);
        if (trueFalse.Length > 0 && (trues < low || trues > high))
        {
            findings.Add(
                $"{trues} of {trueFalse.Length} true/false questions have the answer 'True'; " +
                $"{low}–{high} would not give the answer away");
        }
    }

    private static (int Low, int High) Bounds(int total, double minShare, double maxShare) =>
        ((int)Math.Floor(total * minShare), (int)Math.Ceiling(total * maxShare));
}
