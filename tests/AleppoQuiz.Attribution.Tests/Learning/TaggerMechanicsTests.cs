using AleppoQuiz.Attribution.Learning;

namespace AleppoQuiz.Attribution.Tests.Learning;

/// <summary>The pieces under the learned extractor: stable hashing, BIO order, perceptron training.</summary>
public class TaggerMechanicsTests
{
    [Fact]
    public void Feature_hash_is_the_same_in_every_process()
    {
        // A stored model is only usable if buckets never move: this value is fixed by the algorithm.
        Assert.Equal(FeatureHash.Of("w", "said"), FeatureHash.Of("w", "said"));
        Assert.NotEqual(FeatureHash.Of("w", "ab", "c"), FeatureHash.Of("w", "a", "bc"));
        Assert.Equal(3_421_585_781u, FeatureHash.Of("w", "said"));
    }

    [Fact]
    public void Runs_split_on_begin_and_type()
    {
        int[] labels = [0, 1, 2, 2, 0, 3, 4, 3, 0];
        Assert.Equal([(0, 1, 3), (1, 5, 6), (1, 7, 7)], BioLabels.Runs(labels));
    }

    [Fact]
    public void Inside_never_follows_outside_or_another_type()
    {
        Assert.False(BioLabels.Allowed(-1, BioLabels.Inside(0)));
        Assert.False(BioLabels.Allowed(BioLabels.Begin(1), BioLabels.Inside(0)));
        Assert.True(BioLabels.Allowed(BioLabels.Begin(1), BioLabels.Inside(1)));
        Assert.Equal([0, 1, 0, 3], RoleLabels.Repair([0, 2, 0, 4]));
    }

    [Fact]
    public void Perceptron_learns_a_separable_toy_task_and_respects_forced_labels()
    {
        // Words "x" begin a span, "y" continue it, anything else is outside.
        static int[] Word(string w) => [(int)FeatureHash.Of("w", w)];
        var sequences = new[] { "a x y y b", "x y c", "d x e", "x x y" }
            .Select(s => s.Split(' '))
            .Select(words => new TagSequence(
                words.Select(Word).ToArray(),
                words.Select((w, i) => w == "x" ? 1 : w == "y" && i > 0 ? 2 : 0).ToArray()))
            .ToList();

        var tagger = new PerceptronTrainer(3, 8).Train(sequences, epochs: 5, seed: 1);

        var test = new TagSequence(new[] { "f", "x", "y", "x" }.Select(Word).ToArray());
        Assert.Equal([0, 1, 2, 1], tagger.Decode(test));
        var forced = new TagSequence(test.Features, forced: [-1, 0, -1, -1]);
        var labels = tagger.Decode(forced);
        Assert.Equal(BioLabels.Outside, labels[1]);
        Assert.NotEqual(BioLabels.Inside(0), labels[2]); // "y" cannot continue a span the forced label closed
        Assert.Equal(BioLabels.Begin(0), labels[3]);
    }
}
