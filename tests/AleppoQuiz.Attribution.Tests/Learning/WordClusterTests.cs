using AleppoQuiz.Attribution.Learning;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Learning;

/// <summary>
/// The shipped word classes are exactly what the learner derives from the unlabelled train and dev article
/// texts, and they group reporting verbs, which is what the cue tagger uses them for.
/// </summary>
public class WordClusterTests
{
    [Fact]
    public void Embedded_classes_match_a_fresh_learning_run_on_the_article_texts()
    {
        var texts = new[] { "train", "dev" }
            .SelectMany(split => Directory.GetFiles(Path.Combine(RepositoryPaths.AttributionData, "polnear", split, "text"), "*.txt")
                .Order(StringComparer.Ordinal))
            .Select(File.ReadAllText);

        var learned = WordClusters.Format(WordClusterLearner.Learn(texts));

        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(WordClusters.ResourceName)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(learned, reader.ReadToEnd());
    }

    [Fact]
    public void Reporting_verbs_share_a_class_and_names_do_not_join_it()
    {
        var clusters = WordClusters.Default;
        Assert.Equal(clusters.Of("said"), clusters.Of("told"));
        Assert.Equal(clusters.Of("said"), clusters.Of("warned"));
        Assert.NotEqual(clusters.Of("said"), clusters.Of("trump"));
        Assert.Equal(WordClusters.Unknown, clusters.Of("zzzunseenword"));
    }
}
