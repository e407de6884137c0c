using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Tests.Story;

namespace AleppoQuiz.Attribution.Tests.Questions;

/// <summary>
/// What a teacher reads in the seed story's figure, spelling and "attributed or asserted" drafts: prompts that
/// name the voice once, spelling options that are names from the story, and no wrong cue's words offered as
/// a speaker.
/// </summary>
public class FindingDraftOptionsTests
{
    private static IEnumerable<QuestionDraft> Drafts(QuestionKind kind) =>
        SeedStory.Analysis.Drafts.Where(d => d.Kind == kind);

    private static string AllText => string.Join("\n", SeedStory.Articles.Select(a => a.Text));

    [Fact]
    public void A_figure_the_outlet_gives_itself_is_asked_about_its_own_reporting()
    {
        var figures = Drafts(QuestionKind.FiguresDisagree).ToList();

        Assert.Contains(figures, d => d.Prompt.StartsWith("In its own reporting, how many people does", StringComparison.Ordinal));
        Assert.DoesNotContain(figures, d => Regex.IsMatch(d.Prompt, @"According to (.+) \(in \1\)"));
    }

    [Fact]
    public void Spelling_options_are_other_names_of_the_story()
    {
        var spellings = Drafts(QuestionKind.SpellingVariant).ToList();
        Assert.NotEmpty(spellings);
        Assert.All(spellings, draft =>
        {
            Assert.Equal(QuestionDrafter.DistractorCount, draft.Distractors.Count);
            Assert.All(draft.Distractors, option =>
            {
                Assert.Contains(option, AllText, StringComparison.Ordinal);
                Assert.DoesNotContain(" " + option.ToLowerInvariant() + " ", AllText, StringComparison.Ordinal);
                Assert.NotEqual(NameSkeleton.Consonants(draft.Answer), NameSkeleton.Consonants(option));
                Assert.DoesNotMatch("day$", option);
            });
        });
    }

    [Fact]
    public void The_other_village_is_a_plausible_wrong_spelling()
    {
        var kafraya = Assert.Single(Drafts(QuestionKind.SpellingVariant), d => d.Prompt.StartsWith("\"Kafraya\"", StringComparison.Ordinal));

        Assert.Contains("Fuaa", kafraya.Distractors);
    }

    [Theory]
    [InlineData("delicate operation")]
    [InlineData("evacuations")]
    [InlineData("vehicles")]
    public void Words_a_wrong_cue_left_as_a_speaker_are_never_offered_as_one(string notASpeaker) =>
        Assert.DoesNotContain(SeedStory.Analysis.Drafts, d => d.Distractors.Contains($"Attributed to {notASpeaker}") || d.Distractors.Contains(notASpeaker));

    [Fact]
    public void Options_start_with_a_capital_except_spellings_which_stay_as_written()
    {
        // A find-the-evidence draft has no options: its answer is the article's words to select, as written.
        var options = SeedStory.Analysis.Drafts.Where(d => d.Kind is not (QuestionKind.SpellingVariant or QuestionKind.FindEvidence))
            .SelectMany(d => d.Distractors.Append(d.Answer)).ToList();

        Assert.All(options, o => Assert.False(char.IsLower(o[0]), o));
        Assert.Contains("Security source", options);
        Assert.All(Drafts(QuestionKind.SpellingVariant), d => Assert.Contains(d.Answer, AllText, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("foah", "foua", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("kefraya", "kefraya", 0)]
    public void Spelling_distance_counts_single_letter_edits(string a, string b, int expected) =>
        Assert.Equal(expected, SpellingDistractors.Distance(a, b));
}
