namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>How far two human annotators agree, over the articles of a corpus annotated twice.</summary>
public sealed record AgreementScore(int Articles, AttributionScore Total);

/// <summary>
/// Scores the second annotator of each doubly annotated article against the first, with the same matching
/// rules as the extractor. It is the ceiling to read the extractor's figures against: a system scored
/// against one annotator is also scored against that annotator's own slips and conventions.
/// </summary>
public static class AnnotatorAgreement
{
    public static AgreementScore Measure(string textDirectory, string goldDirectory)
    {
        var doubled = CorpusFolder.Pair(textDirectory, goldDirectory).Where(a => a.AnnotationPaths.Count >= 2).ToList();
        var total = doubled
            .Select(a => AttributionScorer.Score(BratReader.Read(a.AnnotationPaths[1]), BratReader.Read(a.AnnotationPaths[0])))
            .Aggregate(AttributionScore.Zero, (sum, score) => sum + score);
        return new AgreementScore(doubled.Count, total);
    }
}
