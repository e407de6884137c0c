namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// Trains a <see cref="LinearTagger"/> with the averaged structured perceptron (Collins 2002): decode each
/// training sequence with the current weights, and where the best labelling differs from gold, add the gold
/// features and subtract the predicted ones. The returned weights are the average over every step, which
/// generalises much better than the last weights. Averaging uses the usual lazy form: alongside w keep
/// u = Σ step·Δ, and the average is w − u/step, so an update costs the same as a plain perceptron update.
/// Sequences are visited in a seeded shuffle, so training is deterministic.
/// </summary>
internal sealed class PerceptronTrainer(int labels, int hashBits)
{
    private readonly int _mask = (1 << hashBits) - 1;
    private readonly float[] _emission = new float[(1 << hashBits) * labels];
    private readonly double[] _emissionSum = new double[(1 << hashBits) * labels];
    private readonly float[] _transitions = new float[(labels + 1) * labels];
    private readonly double[] _transitionSum = new double[(labels + 1) * labels];
    private long _step = 1;

    public LinearTagger Train(IReadOnlyList<TagSequence> sequences, int epochs, int seed)
    {
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                Learn(sequences[index]);
                _step++;
            }
        }

        return Averaged();
    }

    private void Learn(TagSequence sequence)
    {
        var gold = sequence.Gold ?? throw new ArgumentException("Training sequences need gold labels.");
        var predicted = ViterbiDecoder.Decode(sequence, _emission, _transitions, labels, hashBits);
        for (var i = 0; i < sequence.Length; i++)
        {
            if (predicted[i] != gold[i])
            {
                foreach (var feature in sequence.Features[i])
                {
                    var row = (feature & _mask) * labels;
                    Update(_emission, _emissionSum, row + gold[i], 1);
                    Update(_emission, _emissionSum, row + predicted[i], -1);
                }
            }

            var goldPrevious = i == 0 ? -1 : gold[i - 1];
            var predictedPrevious = i == 0 ? -1 : predicted[i - 1];
            if (goldPrevious != predictedPrevious || predicted[i] != gold[i])
            {
                Update(_transitions, _transitionSum, ((goldPrevious + 1) * labels) + gold[i], 1);
                Update(_transitions, _transitionSum, ((predictedPrevious + 1) * labels) + predicted[i], -1);
            }
        }
    }

    private void Update(float[] weights, double[] sums, int index, int delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }

    private LinearTagger Averaged()
    {
        float[] Average(float[] weights, double[] sums) =>
            weights.Select((w, i) => (float)(w - (sums[i] / _step))).ToArray();

        return new LinearTagger(labels, hashBits, Average(_emission, _emissionSum), Average(_transitions, _transitionSum));
    }
}
