using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Evaluation;

/// <summary>
/// Regression guard on PolNeAR dev: the F1 figures must stay at or above those documented in
/// docs/attribution-engine.md (rounded down). These are the level reached, not the project targets.
/// </summary>
public class PolnearDevRegressionTests
{
    private static readonly string Dev = Path.Combine(RepositoryPaths.AttributionData, "polnear", "dev");

    private static readonly Lazy<CorpusScore> Score = new(() =>
        CorpusEvaluator.Evaluate(Path.Combine(Dev, "text"), Path.Combine(Dev, "attributions"), AttributionExtractor.Default));

    [Fact]
    public void Dev_split_is_complete()
    {
        Assert.Equal(84, Score.Value.Articles);
        Assert.Equal(94, Score.Value.Documents.Count);
    }

    [Theory]
    [InlineData("source", 62.0, 69.5)]
    [InlineData("cue", 57.0, 70.5)]
    [InlineData("content", 47.0, 73.5)]
    public void F1_stays_at_the_documented_level(string role, double exactF1, double overlapF1)
    {
        var total = Score.Value.Total;
        var roleScore = role switch { "source" => total.Source, "cue" => total.Cue, _ => total.Content };
        Assert.True(roleScore.Exact.F1 >= exactF1, $"{role} exact F1 {roleScore.Exact.F1:F1} < {exactF1}");
        Assert.True(roleScore.Overlap.F1 >= overlapF1, $"{role} overlap F1 {roleScore.Overlap.F1:F1} < {overlapF1}");
    }
}
