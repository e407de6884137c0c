using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Attributions;

/// <summary>The shipped lexicon is exactly what the learner derives from the train split (counts only).</summary>
public class CueLexiconTests
{
    [Fact]
    public void Embedded_lexicon_matches_a_fresh_learning_run_on_train()
    {
        var train = Path.Combine(RepositoryPaths.AttributionData, "polnear", "train");
        var articles = CorpusFolder.Pair(Path.Combine(train, "text"), Path.Combine(train, "attributions"));
        var learned = CueLexiconLearner.Learn(articles.Select(a => (File.ReadAllText(a.TextPath), BratReader.Read(a.AnnotationPaths[0]))));

        var expected = learned.Entries.OrderBy(e => e.Form, StringComparer.Ordinal).ToList();
        var shipped = CueLexicon.Embedded.Entries.OrderBy(e => e.Form, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, shipped);
    }

    [Theory]
    [InlineData("has said", "said")]
    [InlineData("strongly condemned", "condemned")]
    [InlineData("According to", CueLexiconLearner.AccordingTo)]
    [InlineData("told", "told")]
    public void Head_form_skips_auxiliaries_and_adverbs(string cue, string head) =>
        Assert.Equal(head, CueLexiconLearner.HeadForm(cue));

    [Fact]
    public void Said_is_a_strong_cue_and_the_is_not()
    {
        Assert.True(CueLexicon.Embedded.Find("said")!.Score > 0.9);
        Assert.True((CueLexicon.Embedded.Find("the")?.Score ?? 0) < 0.05);
    }
}
