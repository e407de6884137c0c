using System.Globalization;
using System.Text;

namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>Renders a score as a fixed-width text table (one row per role and matching rule).</summary>
public static class ScoreTable
{
    public static string Render(AttributionScore score)
    {
        var builder = new StringBuilder();
        builder.AppendLine("role     match      P      R     F1   pred   gold  match");
        Row(builder, "source", score.Source);
        Row(builder, "cue", score.Cue);
        Row(builder, "content", score.Content);
        return builder.ToString();
    }

    private static void Row(StringBuilder builder, string role, RoleScore roleScore)
    {
        Line(builder, role, "exact", roleScore.Exact);
        Line(builder, role, "overlap", roleScore.Overlap);
    }

    private static void Line(StringBuilder builder, string role, string rule, MatchCounts c) =>
        builder.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{role,-8} {rule,-7} {c.Precision,6:F1} {c.Recall,6:F1} {c.F1,6:F1} {c.Predicted,6} {c.Gold,6} {c.Matched,6}"));
}
