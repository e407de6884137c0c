using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Attribution.Learning;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Evaluation;

/// <summary>
/// Regression guard on PolNeAR dev: the F1 figures of both extractors must stay at or above those documented
/// in docs/attribution-engine.md (rounded down). These are the levels reached, not the project targets.
/// </summary>
public class PolnearDevRegressionTests
{
    private static readonly string Dev = Path.Combine(RepositoryPaths.AttributionData, "polnear", "dev");

    private static readonly Lazy<CorpusScore> Rules = new(() => Evaluate(AttributionExtractor.Default));

    private static readonly Lazy<CorpusScore> Learned = new(() => Evaluate(LearnedAttributionExtractor.Default));

    [Fact]
    public void Dev_split_is_complete()
    {
        Assert.Equal(84, Learned.Value.Articles);
        Assert.Equal(94, Learned.Value.Documents.Count);
    }

    [Theory]
    [InlineData("source", 62.0, 69.5)]
    [InlineData("cue", 57.0, 70.5)]
    [InlineData("content", 47.0, 73.5)]
    public void Rule_based_F1_stays_at_the_documented_level(string role, double exactF1, double overlapF1) =>
        AssertAtLeast(Rules.Value, role, exactF1, overlapF1);

    [Theory]
    [InlineData("source", LearnedLevels.SourceExact, LearnedLevels.SourceOverlap)]
    [InlineData("cue", LearnedLevels.CueExact, LearnedLevels.CueOverlap)]
    [InlineData("content", LearnedLevels.ContentExact, LearnedLevels.ContentOverlap)]
    public void Learned_F1_stays_at_the_documented_level(string role, double exactF1, double overlapF1) =>
        AssertAtLeast(Learned.Value, role, exactF1, overlapF1);

    private static CorpusScore Evaluate(IAttributionExtractor extractor) =>
        CorpusEvaluator.Evaluate(Path.Combine(Dev, "text"), Path.Combine(Dev, "attributions"), extractor);

    private static void AssertAtLeast(CorpusScore score, string role, double exactF1, double overlapF1)
    {
        var total = score.Total;
        var roleScore = role switch { "source" => total.Source, "cue" => total.Cue, _ => total.Content };
        Assert.True(roleScore.Exact.F1 >= exactF1, $"{role} exact F1 {roleScore.Exact.F1:F1} < {exactF1}");
        Assert.True(roleScore.Overlap.F1 >= overlapF1, $"{role} overlap F1 {roleScore.Overlap.F1:F1} < {overlapF1}");
    }

    /// <summary>The shipped learned model's dev F1, rounded down (never below the rule-based figures).</summary>
    private static class LearnedLevels
    {
        public const double SourceExact = 73.0;
        public const double SourceOverlap = 77.5;
        public const double CueExact = 70.0;
        public const double CueOverlap = 78.5;
        public const double ContentExact = 52.0;
        public const double ContentOverlap = 79.5;
    }
}
