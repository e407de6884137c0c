using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// Reads stored find-the-evidence answers back: which found the evidence, which partly, and which selections
/// missed most often. Credit is worked out again from the stored words by the engine's own rule, so the report
/// and the reveal can never disagree.
/// </summary>
internal static class EvidenceReport
{
    public static EvidenceFindings Findings(GameQuestion question, IEnumerable<IReadOnlyList<int>> selections)
    {
        var credits = selections.Select(ids => (Ids: ids, Credit: EvidenceOverlap.Credit(ids, question.CorrectOptionIds))).ToList();
        var missed = credits
            .Where(s => s.Credit < 1m)
            .GroupBy(s => AnswerTexts.Describe(question, s.Ids), StringComparer.Ordinal)
            .Select(g => new SelectionCount(g.Key, g.Count(), g.First().Credit > 0m))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Text, StringComparer.Ordinal)
            .Take(EvidenceFindings.MostCommonShown)
            .ToArray();
        return new EvidenceFindings(credits.Count(s => s.Credit == 1m), credits.Count(s => s.Credit is > 0m and < 1m), missed);
    }
}
