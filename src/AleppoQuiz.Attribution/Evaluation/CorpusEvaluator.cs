using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>The score of one annotation file.</summary>
public sealed record DocumentScore(string ArticleId, string AnnotationFile, AttributionScore Score);

/// <summary>Scores over a corpus folder, with the per-file breakdown.</summary>
public sealed record CorpusScore(AttributionScore Total, IReadOnlyList<DocumentScore> Documents, int Articles);

/// <summary>
/// Runs the extractor over every article of a brat corpus and scores it. An article annotated by two
/// annotators is scored against each file and the counts are summed: both readings count equally, and
/// the figures are micro-averaged over annotation files.
/// </summary>
public static class CorpusEvaluator
{
    public static CorpusScore Evaluate(string textDirectory, string goldDirectory, IAttributionExtractor extractor)
    {
        var articles = CorpusFolder.Pair(textDirectory, goldDirectory);
        var results = new DocumentScore[articles.Sum(a => a.AnnotationPaths.Count)];
        var offsets = new int[articles.Count];
        for (var i = 1; i < articles.Count; i++)
        {
            offsets[i] = offsets[i - 1] + articles[i - 1].AnnotationPaths.Count;
        }

        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var predicted = extractor.Extract(File.ReadAllText(article.TextPath)).Attributions;
            for (var j = 0; j < article.AnnotationPaths.Count; j++)
            {
                var gold = BratReader.Read(article.AnnotationPaths[j]);
                results[offsets[i] + j] = new DocumentScore(article.Id, gold.FileName, AttributionScorer.Score(predicted, gold));
            }
        });

        var total = results.Aggregate(AttributionScore.Zero, (sum, d) => sum + d.Score);
        return new CorpusScore(total, results, articles.Count);
    }
}
