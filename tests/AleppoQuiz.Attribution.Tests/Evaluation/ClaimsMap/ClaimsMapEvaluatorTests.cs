using AleppoQuiz.Attribution.Evaluation;
using AleppoQuiz.Attribution.Evaluation.ClaimsMap;
using AleppoQuiz.Attribution.Text;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Attribution.Tests.Evaluation.ClaimsMap;

/// <summary>
/// The claims-map evaluation as docs/attribution-engine.md describes it: on a slice of the story list, each share
/// is right over counted and every miss is named; against a hand-made gold, names, pronouns and derived words are
/// judged as documented.
/// </summary>
public class ClaimsMapEvaluatorTests
{
    private static readonly string Polnear = Path.Combine(RepositoryPaths.AttributionData, "polnear");

    [Fact]
    public void The_shipped_story_list_names_articles_of_the_corpus_from_train_and_dev_with_several_publishers_each()
    {
        var stories = ClaimsMapStories.Shipped;
        Assert.Contains(stories, s => s.Split == "dev");
        Assert.Contains(stories, s => s.Split == "train");
        Assert.All(stories, s => Assert.True(s.Articles.Select(ClaimsMapStories.OutletOf).Distinct().Count() >= 2, s.Id));
        Assert.All(stories.SelectMany(s => s.Articles.Select(a => Path.Combine(Polnear, s.Split, "text", a + ".txt"))), p => Assert.True(File.Exists(p), p));
    }

    [Fact]
    public void On_a_slice_each_figure_is_right_over_counted_and_every_miss_is_listed()
    {
        var slice = ClaimsMapStories.Shipped.Where(s => s.Id is "clinton-police-shootings" or "aipac-speeches").ToList();
        var score = ClaimsMapEvaluator.Evaluate(Polnear, slice);

        Assert.Equal(2, score.Stories);
        Assert.Equal(4, score.Articles);
        Assert.True(score.SpeakersListed > 0 && score.WhoSaidJudged > 0);
        Assert.Equal((double)score.SpeakersRight / score.SpeakersListed, score.SpeakerPrecision, 6);
        Assert.Equal((double)score.WhoSaidRight / score.WhoSaidJudged, score.WhoSaidKeyRight, 6);
        Assert.InRange(score.WhoSaidJudged, 0, score.WhoSaidDrafts);
        var misses = (score.SpeakersListed - score.SpeakersRight) + (score.SpellingConflicts - score.SpellingConflictsReal)
            + (score.FigureConflicts - score.FigureConflictsReal) + (score.WhoSaidDrafts - score.WhoSaidRight) + score.DistractorsThatAreTheAnswer;
        Assert.Equal(misses, score.Findings.Count);
    }

    [Fact]
    public void A_speaker_names_a_gold_source_by_surname_for_a_person_and_by_every_word_for_a_body()
    {
        Assert.True(GoldSources.Names("Adam Schiff", "Rep. Adam Schiff (D-Calif.)"));
        Assert.True(GoldSources.Names("Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights, a Britain-based monitor,"));
        Assert.False(GoldSources.Names("Washington Post Trump", "Trump"));
        Assert.False(GoldSources.Names("Recently", "Sanders"));
    }

    [Fact]
    public void The_gold_source_of_quoted_words_reads_a_pronoun_as_the_named_source_before_it()
    {
        const string text = "Rep. Adam Schiff said Russia meddled. \"It should alarm us,\" he said.";
        var quote = text.IndexOf("\"It", StringComparison.Ordinal);
        var gold = BratReader.Parse("a_x", Lines(text, ("Rep. Adam Schiff", "Russia meddled"), ("he", "\"It should alarm us,\"")));
        var sources = new GoldSources(text, [gold]);

        Assert.True(sources.SaidBy(new TextSpan(quote, quote + 21), "Adam Schiff"));
        Assert.False(sources.SaidBy(new TextSpan(quote, quote + 21), "Donald Trump"));
        Assert.Null(sources.SaidBy(new TextSpan(0, 4), "Adam Schiff"));
        Assert.True(sources.IsGoldSource("Adam Schiff"));
    }

    [Theory]
    [InlineData("Ukraine", "Ukrainian", true)]
    [InlineData("Palestine", "Palestinian", true)]
    [InlineData("Kefraya", "Kefyra", false)]
    [InlineData("Terence", "Terrence", false)]
    public void A_spelling_conflict_is_real_unless_one_word_is_made_from_the_other(string a, string b, bool derived) =>
        Assert.Equal(derived, ClaimsMapEvaluator.DerivedForm(a, b));

    /// <summary>Brat lines for relations of (source, content) given by their text.</summary>
    private static IEnumerable<string> Lines(string text, params (string Source, string Content)[] relations)
    {
        var n = 0;
        foreach (var (source, content) in relations)
        {
            var s = text.IndexOf(source, StringComparison.Ordinal);
            var c = text.IndexOf(content, StringComparison.Ordinal);
            yield return $"T{++n}\tSource {s} {s + source.Length}\t{source}";
            yield return $"T{++n}\tContent {c} {c + content.Length}\t{content}";
            yield return $"E{n}\tAttribution:T{n} Content:T{n} Source:T{n - 1}";
        }
    }
}
