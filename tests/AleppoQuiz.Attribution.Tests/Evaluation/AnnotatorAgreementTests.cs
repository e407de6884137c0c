using AleppoQuiz.Attribution.Evaluation;

namespace AleppoQuiz.Attribution.Tests.Evaluation;

/// <summary>
/// Agreement between two annotators of the fixture article: the second annotator keeps the quotation, trims
/// "The" off "The mayor", ends a content before its full stop and leaves out the last two relations. Each is
/// scored against the other, so every count is the sum of both directions, worked out by hand; an article
/// annotated once does not count.
/// </summary>
public sealed class AnnotatorAgreementTests : IDisposable
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures");

    private const string SecondAnnotator =
        "T1\tSource 23 33\tAli Hassan\nT2\tCue 18 22\tsaid\nT3\tContent 0 17\t\"We will return,\"\n" +
        "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 39 44\tmayor\nT6\tCue 45 49\tsaid\nT7\tContent 50 71\tthe roads were closed\n" +
        "E2\tAttribution:T10 Content:T7 Cue:T6 Source:T5\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agreement-");

    public AnnotatorAgreementTests()
    {
        File.Copy(Path.Combine(FixtureFolder, "tiny.txt"), Path.Combine(_folder.FullName, "tiny.txt"));
        File.Copy(Path.Combine(FixtureFolder, "tiny_ab12.ann"), Path.Combine(_folder.FullName, "tiny_ab12.ann"));
        File.WriteAllText(Path.Combine(_folder.FullName, "tiny_cd34.ann"), SecondAnnotator);
        File.Copy(Path.Combine(FixtureFolder, "tiny.txt"), Path.Combine(_folder.FullName, "single.txt"));
        File.Copy(Path.Combine(FixtureFolder, "tiny_ab12.ann"), Path.Combine(_folder.FullName, "single_ab12.ann"));
    }

    [Fact]
    public void Each_annotator_is_scored_against_the_other_on_doubly_annotated_articles_only()
    {
        var agreement = AnnotatorAgreement.Measure(_folder.FullName, _folder.FullName);

        Assert.Equal(1, agreement.Articles);
        Assert.Equal(2, agreement.Pairs);
        Assert.Equal(new MatchCounts(5, 5, 2), agreement.Total.Source.Exact);
        Assert.Equal(new MatchCounts(5, 5, 4), agreement.Total.Source.Overlap);
        Assert.Equal(new MatchCounts(6, 6, 4), agreement.Total.Cue.Exact);
        Assert.Equal(new MatchCounts(6, 6, 2), agreement.Total.Content.Exact);
        Assert.Equal(new MatchCounts(6, 6, 4), agreement.Total.Content.Overlap);
    }

    [Fact]
    public void A_corpus_annotated_once_has_no_agreement_to_report()
    {
        var agreement = AnnotatorAgreement.Measure(FixtureFolder, FixtureFolder);

        Assert.Equal(0, agreement.Articles);
        Assert.Equal(0, agreement.Pairs);
        Assert.Equal(AttributionScore.Zero, agreement.Total);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
