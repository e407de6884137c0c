namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>An article of a brat corpus with all its annotation files (one per annotator).</summary>
public sealed record CorpusArticle(string Id, string TextPath, IReadOnlyList<string> AnnotationPaths);

/// <summary>
/// Pairs article texts with their annotation files. Annotation files are named after the article with
/// an annotator suffix ("article_4e07.ann"); a file named exactly like the article also counts.
/// </summary>
public static class CorpusFolder
{
    public static IReadOnlyList<CorpusArticle> Pair(string textDirectory, string goldDirectory)
    {
        var annotations = Directory.GetFiles(goldDirectory, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<CorpusArticle>();
        foreach (var textPath in Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(textPath);
            var mine = annotations.Where(a => BelongsTo(Path.GetFileNameWithoutExtension(a), id)).ToList();
            if (mine.Count > 0)
            {
                articles.Add(new CorpusArticle(id, textPath, mine));
            }
        }

        return articles;
    }

    private static bool BelongsTo(string annotationName, string articleId) =>
        annotationName == articleId
        || (annotationName.StartsWith(articleId + "_", StringComparison.Ordinal)
            && !annotationName[(articleId.Length + 1)..].Contains('_', StringComparison.Ordinal));
}
