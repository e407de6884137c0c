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
    private static AgreementScore Measure(string split) => AnnotatorAgreement.Measure(
        Path.Combine(RepositoryPaths.AttributionData, "polnear", split, "text"),
        Path.Combine(RepositoryPaths.AttributionData, "polnear", split, "attributions"));

    [Fact]
    public void Train_annotators_agree_as_documented()
    {
        var agreement = Measure("train");

        Assert.Equal(16, agreement.Articles);
        Assert.Equal(470, agreement.Pairs);
        Assert.Equal(76.5, Math.Round(agreement.Total.Source.Exact.F1, 1));
        Assert.Equal(70.4, Math.Round(agreement.Total.Cue.Exact.F1, 1));
        Assert.Equal(81.4, Math.Round(agreement.Total.Cue.Overlap.F1, 1));
        Assert.Equal(85.2, Math.Round(agreement.Total.Content.Overlap.F1, 1));
    }

    [Fact]
    public void Dev_annotators_agree_as_documented()
    {
        var agreement = Measure("dev");

        Assert.Equal(2, agreement.Articles);
        Assert.Equal(60, agreement.Pairs);
        Assert.Equal(89.0, Math.Round(agreement.Total.Source.Exact.F1, 1));
        Assert.Equal(85.7, Math.Round(agreement.Total.Cue.Exact.F1, 1));
        Assert.Equal(92.9, Math.Round(agreement.Total.Content.Overlap.F1, 1));
    }
}
