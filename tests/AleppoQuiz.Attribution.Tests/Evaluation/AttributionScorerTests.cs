using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Evaluation;

namespace AleppoQuiz.Attribution.Tests.Evaluation;

/// <summary>
/// The scorer on a hand-made fixture: four gold relations (one without source, one whose content ends
/// with the full stop) and three predictions, with the expected counts worked out by hand.
/// </summary>
public class AttributionScorerTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures");

    private static SpanText Piece(string text, int start, int end) => new(start, end, text[start..end]);

    [Fact]
    public void Hand_made_predictions_score_as_worked_out_by_hand()
    {
        var text = File.ReadAllText(Path.Combine(FixtureFolder, "tiny.txt"));
        var gold = BratReader.Read(Path.Combine(FixtureFolder, "tiny_ab12.ann"));
        SpeechAttribution Predict(int s0, int s1, int c0, int c1, int t0, int t1) =>
            new(Piece(text, s0, s1), Piece(text, c0, c1), Piece(text, t0, t1), [Piece(text, t0, t1)], AttributionKind.Indirect);
        var predicted = new[] { Predict(23, 33, 18, 22, 0, 17), Predict(35, 44, 45, 49, 50, 71), Predict(96, 105, 106, 110, 73, 94) };

        var score = AttributionScorer.Score(predicted, gold);

        Assert.Equal(new MatchCounts(3, 3, 3), score.Source.Exact);
        Assert.Equal(new MatchCounts(3, 4, 3), score.Cue.Exact);
        Assert.Equal(85.71, score.Cue.Exact.F1, 2);
        Assert.Equal(new MatchCounts(3, 4, 2), score.Content.Exact);
        Assert.Equal(66.67, score.Content.Exact.Precision, 2);
        Assert.Equal(50.0, score.Content.Exact.Recall, 2);
        Assert.Equal(57.14, score.Content.Exact.F1, 2);
        Assert.Equal(new MatchCounts(3, 4, 3), score.Content.Overlap);
    }

    [Fact]
    public void The_extractor_on_the_fixture_folder_finds_the_three_said_attributions()
    {
        var score = CorpusEvaluator.Evaluate(FixtureFolder, FixtureFolder, AttributionExtractor.Default);

        Assert.Equal(1, score.Articles);
        Assert.Equal(new MatchCounts(3, 3, 3), score.Total.Source.Exact);
        Assert.Equal(new MatchCounts(3, 4, 3), score.Total.Cue.Exact);
        Assert.Equal(new MatchCounts(3, 4, 2), score.Total.Content.Exact);
    }

    [Fact]
    public void A_discontinuous_gold_span_matches_exactly_only_with_the_same_fragments()
    {
        var gold = BratReader.Parse("x_a", ["T1\tContent 0 5;10 15\tabcde fghij", "T2\tCue 6 9\tsaid", "E1\tAttribution:T3 Content:T1 Cue:T2"]);
        var relation = Assert.Single(gold.Relations);
        Assert.Equal(2, relation.Content.Count);
        Assert.Empty(relation.Source);

        var same = AttributionScorer.ScoreRole([[new(0, 5), new(10, 15)]], [relation.Content]);
        var partial = AttributionScorer.ScoreRole([[new(0, 5)]], [relation.Content]);

        Assert.Equal(1, same.Exact.Matched);
        Assert.Equal(0, partial.Exact.Matched);
        Assert.Equal(1, partial.Overlap.Matched);
    }
}
