using AleppoQuiz.Attribution.Learning;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Learning;

/// <summary>
/// Training is deterministic and a saved model reads back to the same extractor. A small slice of train keeps
/// this quick; the shipped model is the same code run on the whole split (see docs/attribution-engine.md).
/// </summary>
public class TrainingRunTests
{
    private static readonly string Train = Path.Combine(RepositoryPaths.AttributionData, "polnear", "train");

    private static readonly TrainingOptions Small = new() { CueEpochs = 2, RoleEpochs = 2, CueHashBits = 16, RoleHashBits = 16 };

    [Fact]
    public void Two_runs_on_the_same_articles_write_the_same_model_and_it_reads_back()
    {
        var articles = AttributionModelTrainer.ReadCorpus(Path.Combine(Train, "text"), Path.Combine(Train, "attributions"))
            .Take(25)
            .ToList();

        var first = Save(AttributionModelTrainer.Train(articles, Small));
        var second = Save(AttributionModelTrainer.Train(articles, Small));
        Assert.Equal(first, second);

        var loaded = LearnedAttributionExtractor.Load(new MemoryStream(first));
        Assert.Equal(first, Save(loaded));
        var found = loaded.Extract(articles[0].Text).Attributions;
        Assert.NotEmpty(found);
    }

    private static byte[] Save(LearnedAttributionExtractor extractor)
    {
        using var stream = new MemoryStream();
        extractor.Save(stream);
        return stream.ToArray();
    }
}
