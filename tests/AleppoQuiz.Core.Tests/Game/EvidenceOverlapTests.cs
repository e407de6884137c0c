using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>The find-the-evidence rule, row by row as docs/scoring.md tables it (evidence = words 10–17).</summary>
public sealed class EvidenceOverlapTests
{
    private static readonly int[] Evidence = Run(10, 17);

    [Theory]
    [InlineData(10, 17, "1")]
    [InlineData(10, 13, "1")]
    [InlineData(6, 21, "1")]
    [InlineData(10, 12, "0.375")]
    [InlineData(0, 39, "0.2")]
    [InlineData(12, 12, "0.125")]
    [InlineData(20, 25, "0")]
    public void Credit_follows_the_documented_table(int first, int last, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EvidenceOverlap.Credit(Run(first, last), Evidence));
    }

    [Fact]
    public void One_word_too_short_of_half_the_evidence_is_only_partly_found()
    {
        // 4 of 8 words is found; 3 of 8 is not, and 4 evidence words inside a 9-word selection is not either.
        Assert.Equal(1m, EvidenceOverlap.Credit(Run(14, 17), Evidence));
        Assert.True(EvidenceOverlap.Credit(Run(15, 17), Evidence) < 0.5m);
        Assert.True(EvidenceOverlap.Credit(Run(14, 22), Evidence) < 0.5m);
    }

    [Fact]
    public void Selecting_the_whole_passage_or_a_single_word_is_never_found()
    {
        Assert.True(EvidenceOverlap.Credit(Run(0, 60), Evidence) < 1m);
        Assert.True(EvidenceOverlap.Credit([10], Evidence) < 1m);
    }

    [Fact]
    public void A_one_word_evidence_is_found_by_that_word_or_with_one_neighbour()
    {
        Assert.Equal(1m, EvidenceOverlap.Credit([5], [5]));
        Assert.Equal(1m, EvidenceOverlap.Credit([5, 6], [5]));
        Assert.Equal(1m / 3, EvidenceOverlap.Credit([4, 5, 6], [5]));
    }

    [Theory]
    [InlineData(new[] { 3, 4, 5 }, true)]
    [InlineData(new[] { 5, 3, 4 }, true)]
    [InlineData(new[] { 7 }, true)]
    [InlineData(new[] { 3, 5 }, false)]
    [InlineData(new[] { 3, 4, 4 }, false)]
    [InlineData(new int[0], false)]
    public void A_selection_must_be_one_unbroken_run_in_any_order(int[] ids, bool expected)
    {
        Assert.Equal(expected, EvidenceOverlap.IsOneRun(ids));
    }

    private static int[] Run(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];
}
