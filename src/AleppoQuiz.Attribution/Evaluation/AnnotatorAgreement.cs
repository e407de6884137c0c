namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>How far human annotators agree, over the articles of a corpus annotated more than once.</summary>
public sealed record AgreementScore(IReadOnlySet<string> ArticleIds, int Pairs, AttributionScore Total)
{
    public int Articles => ArticleIds.Count;

    /// <summary>The extractor's score on just these articles, to set beside the annotators' own agreement.</summary>
    public AttributionScore ExtractorOnSameArticles(CorpusScore extractor) =>
        extractor.Documents.Where(d => ArticleIds.Contains(d.ArticleId)).Aggregate(AttributionScore.Zero, (sum, d) => sum + d.Score);
}

/// <summary>
/// Scores each annotator of a multiply annotated article against each other annotator of it (every ordered
/// pair, so precision and recall weigh alike), with the same matching rules as the extractor. It is the
/// ceiling to read the extractor's figures against: a system scored against one annotator is also scored
/// against that annotator's own slips and conventions.
/// </summary>
public static class AnnotatorAgreement
{
    public static AgreementScore Measure(string textDirectory, string goldDirectory)
    {
        var shared = CorpusFolder.Pair(textDirectory, goldDirectory).Where(a => a.AnnotationPaths.Count >= 2).ToList();
        var total = AttributionScore.Zero;
        var pairs = 0;
        foreach (var article in shared)
        {
            var files = article.AnnotationPaths.Select(BratReader.Read).ToList();
            foreach (var gold in files)
            {
                foreach (var other in files.Where(f => !ReferenceEquals(f, gold)))
                {
                    total += AttributionScorer.Score(other, gold);
                    pairs++;
                }
            }
        }

        return new AgreementScore(shared.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), pairs, total);
    }
}
