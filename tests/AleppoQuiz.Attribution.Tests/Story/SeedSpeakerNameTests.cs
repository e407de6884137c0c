using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>
/// The speaker names a teacher reads on the claims map, for the raw seed articles and the question bank's cleaned
/// copies: each is a name or role written in the story, never two sentences run together, a date or a pronoun.
/// </summary>
public partial class SeedSpeakerNameTests
{
    public static TheoryData<string> Stories() => new() { "seed", "bank" };

    private static StoryAnalysis AnalysisOf(string story) => story == "seed" ? SeedStory.Analysis : BankStory.Analysis;

    private static IEnumerable<(ArticleAnalysis Article, SpeechAttribution Attribution)> Attributed(string story) =>
        AnalysisOf(story).Articles.SelectMany(a => a.Attributions.Where(s => s.Speaker is not null).Select(s => (a, s)));

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_speaker_is_one_name_without_a_sentence_break_or_date(string story)
    {
        Assert.All(Attributed(story), pair =>
        {
            var speaker = pair.Attribution.Speaker!;
            Assert.DoesNotMatch(SentenceBreak(), speaker);
            Assert.DoesNotMatch(DateWord(), speaker);
            Assert.DoesNotMatch(NotAName(), speaker);
            Assert.Equal(speaker.Trim(), speaker);
        });
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_word_of_a_speaker_is_written_in_the_story(string story)
    {
        var words = AnalysisOf(story).Articles.SelectMany(a => Word().Matches(a.Article.Text).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(Attributed(story), pair => Assert.All(Word().Matches(pair.Attribution.Speaker!), w => Assert.Contains(w.Value, words)));
    }

    [Theory]
    [InlineData("France, which called for the meeting,", "France")]
    [InlineData("he", "Bashar al-Assad")] // "… what he referred to as the liberation of Aleppo", after "Assad said"
    [InlineData("The president-elect", "Donald Trump")]
    [InlineData("The Syrian government", "Syrian government")]
    public void Voa_speakers_a_teacher_checked(string source, string speaker) =>
        Assert.Contains(BankStory.Analysis.Articles.Single(a => a.Article.Id == "voa").Attributions,
            a => a.Source?.Text == source && a.Speaker == speaker);

    [Theory]
    [InlineData("The World Health Organization (WHO)", "World Health Organization")]
    [InlineData("the Reuters news agency", "Reuters news agency")]
    [InlineData("pro-opposition Orient TV", "Orient TV")]
    [InlineData("which", "Four Syrian organizations")] // "… says the letter, which listed 304 alleged attacks"
    [InlineData("Putin didn’t", "Vladimir Putin")]
    public void Rferl_speakers_a_teacher_checked(string source, string speaker) =>
        Assert.Contains(BankStory.Analysis.Articles.Single(a => a.Article.Id == "rferl").Attributions,
            a => a.Source?.Text == source && a.Speaker == speaker);

    // A line break, or a full stop after a lower-case word followed by more words ("Saturday. France").
    [GeneratedRegex(@"[\r\n]|\p{Ll}[.!?]\s")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April|July|September|October|November|December)\b")]
    private static partial Regex DateWord();

    // Pronouns, possessives, bare numbers and negated verbs are never names.
    [GeneratedRegex(@"^(he|she|it|they|we|i|you|who|which|that|its|their|his|her)$|^[\d\s,.]+$|n[’']t\b|[’']s$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d’'-]*")]
    private static partial Regex Word();
}
