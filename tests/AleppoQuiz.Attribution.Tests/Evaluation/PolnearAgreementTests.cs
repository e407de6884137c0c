using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Evaluation;

/// <summary>
/// The human agreement figures quoted in docs/attribution-engine.md, recomputed from the corpus: the PolNeAR
/// articles that several annotators marked up (six each), every annotator scored against every other with the
/// extractor's own matching rules.
/// </summary>
public class PolnearAgreementTests
{
    [Theory]
    [InlineData("train", 16, 470, 76.5, 70.4, 81.4, 85.2)]
    [InlineData("dev", 2, 60, 89.0, 85.7, 91.6, 92.9)]
    public void Annotators_agree_as_documented(
        string split, int articles, int pairs, double sourceExact, double cueExact, double cueOverlap, double contentOverlap)
    {
        var agreement = AnnotatorAgreement.Measure(
            Path.Combine(RepositoryPaths.AttributionData, "polnear", split, "text"),
            Path.Combine(RepositoryPaths.AttributionData, "polnear", split, "attributions"));

        Assert.Equal(articles, agreement.Articles);
        Assert.Equal(pairs, agreement.Pairs);
        Assert.Equal(sourceExact, Math.Round(agreement.Total.Source.Exact.F1, 1));
        Assert.Equal(cueExact, Math.Round(agreement.Total.Cue.Exact.F1, 1));
        Assert.Equal(cueOverlap, Math.Round(agreement.Total.Cue.Overlap.F1, 1));
        Assert.Equal(contentOverlap, Math.Round(agreement.Total.Content.Overlap.F1, 1));
    }
}
