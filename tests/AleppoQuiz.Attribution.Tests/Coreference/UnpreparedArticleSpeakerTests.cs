using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Learning;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Coreference;

/// <summary>
/// Speakers on the claims map of articles nobody prepared: an adverb opening the sentence, an outlet's name run
/// into a person's, a subheading with a cue word in it, and a description the article ties to a name.
/// </summary>
public class UnpreparedArticleSpeakerTests
{
    private static IReadOnlyList<string?> Speakers(string text, bool learned = false)
    {
        var article = new StoryArticle("a", "Politico", text);
        var analysis = learned ? StoryAnalyzer.Analyze([article], LearnedAttributionExtractor.Default) : StoryAnalyzer.Analyze([article]);
        return analysis.Articles[0].Attributions.Select(a => a.Speaker).ToList();
    }

    [Fact]
    public void A_sentence_opening_adverb_before_the_name_is_not_the_speaker()
    {
        const string text = "Sanders backs Clinton.\n\nRecently, Sanders, who lost the primary, said he would campaign for Clinton in Ohio.\n";
        var speakers = Speakers(text, learned: true);
        Assert.Contains("Sanders", speakers);
        Assert.DoesNotContain(speakers, s => s is not null && s.Contains("Recently", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_run_into_a_name_leaves_the_person_as_speaker()
    {
        const string text = "Trump keeps returns private.\n\nIn an interview with The Washington Post Trump said he would not release his tax returns before the election.\n";
        var speakers = Speakers(text);
        Assert.Contains("Trump", speakers);
        Assert.DoesNotContain(speakers, s => s is not null && s.Contains("Post", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subheading_with_a_cue_word_names_no_speaker()
    {
        const string text = "Clinton lays out economic plan.\n\nHillary Clinton on Thursday laid out an economic plan aimed at middle-class families.\n\n"
            + "Clinton Campaign’s Economic Team Says Plan Adds Jobs\n\nHer advisers said the plan would add jobs in every state.\n";
        var speakers = Speakers(text);
        Assert.Contains("Hillary Clinton", speakers);
        Assert.DoesNotContain(speakers, s => s is not null && (s.Contains("Economic Team", StringComparison.Ordinal) || s == "Plan"));
    }

    [Theory]
    [InlineData("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, said on Tuesday that Russia had tried to influence the election.\n\n\"We have seen a pattern of interference that should alarm every American,\" the California congressman said in a statement.\n")]
    [InlineData("Sen. Dianne Feinstein spoke first.\n\nThe California congressman, Adam Schiff, said on Tuesday that Russia had tried to influence the election.\n")]
    public void A_description_the_article_ties_to_a_name_is_that_name(string text)
    {
        var speakers = Speakers("Schiff presses intelligence officials.\n\n" + text);
        Assert.Contains("Adam Schiff", speakers);
        Assert.DoesNotContain(speakers, s => s is not null && s.Contains("congressman", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Cruz took the stage")]
    [InlineData("Clinton directly in his remarks on Tuesday night but")]
    [InlineData("Trump’s campaign entered Thursday’s conversation")]
    [InlineData("Arizona Republican survived 5")]
    [InlineData("official last step Wednesday of")]
    [InlineData("That’s the consensus of experts")]
    public void A_clause_swept_up_as_a_source_is_no_name(string phrase) => Assert.True(SpeakerNames.ReadsAsClause(phrase));

    [Theory]
    [InlineData("Syrian Observatory for Human Rights")]
    [InlineData("unnamed Syrian government official overseeing the evacuation")]
    [InlineData("Board on Professional Responsibility")]
    [InlineData("Hillary Clinton’s team")]
    [InlineData("rebel sources")]
    public void Names_and_descriptions_do_not_read_as_clauses(string phrase) => Assert.False(SpeakerNames.ReadsAsClause(phrase));
}
