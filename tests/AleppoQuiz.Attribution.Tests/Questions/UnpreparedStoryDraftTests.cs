using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Tests.Questions;

/// <summary>Drafts from two reports nobody prepared: no adverb as a person, no right answer offered as wrong under another name.</summary>
public class UnpreparedStoryDraftTests
{
    private static readonly StoryAnalysis Analysis = StoryAnalyzer.Analyze(
    [
        new StoryArticle("politico", "Politico",
            "Schiff presses intelligence officials.\n\nRep. Adam Schiff, the top Democrat on the House Intelligence Committee, said on Tuesday that Russia had tried to influence the election.\n\n"
            + "\"We have seen a pattern of interference that should alarm every American,\" the California congressman said in a statement.\n\n"
            + "Recently, officials said the hackers had targeted voter rolls in two states.\n\n"
            + "In an interview with The Washington Post Trump said he would not release his tax returns before the election.\n"),
        new StoryArticle("usa", "USA Today",
            "Trump campaign disputes Ukraine report.\n\nDonald Trump's campaign on Monday rejected a report that its chairman was paid by a Ukrainian party.\n\n"
            + "\"These are baseless accusations that have no basis in fact,\" said campaign spokesman Jason Miller.\n\nUkrainian officials said they had a ledger listing the payments.\n"),
    ]);

    [Fact]
    public void The_congressman_quote_is_drafted_with_Schiff_as_key_and_never_as_a_wrong_answer()
    {
        var draft = Assert.Single(Analysis.Drafts, d => d.Kind == QuestionKind.WhoSaid && d.Prompt.Contains("pattern of interference", StringComparison.Ordinal));
        Assert.Equal("Adam Schiff", draft.Answer);
        Assert.DoesNotContain(draft.Distractors, d => d.Contains("Schiff", StringComparison.Ordinal) || d.Contains("congressman", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void No_draft_offers_an_adverb_or_an_outlet_run_on_as_a_speaker()
    {
        // A find-the-evidence draft's answer is a run of the article's words, not a speaker offered to choose.
        var options = Analysis.Drafts.Where(d => d.Kind != QuestionKind.FindEvidence).SelectMany(d => d.Distractors.Prepend(d.Answer)).ToList();
        Assert.NotEmpty(options);
        Assert.DoesNotContain(options, o => o.Contains("Recently", StringComparison.Ordinal) || o.Contains("Post Trump", StringComparison.Ordinal));
        Assert.All(options.Where(o => o.StartsWith("Attributed to ", StringComparison.Ordinal)), o => Assert.False(SpeakerNames.IsOpener(o["Attributed to ".Length..].Split(' ')[0])));
    }

    [Fact]
    public void A_find_the_evidence_draft_asks_for_the_name_and_its_cue_without_the_outlet_run_onto_it()
    {
        var draft = Assert.Single(Analysis.Drafts, d => d.Kind == QuestionKind.FindEvidence && d.Answer.Contains("Trump said", StringComparison.Ordinal));

        Assert.Equal("Trump said", draft.Answer);
    }

    [Fact]
    public void No_draft_offers_its_own_answer_under_another_name()
    {
        foreach (var draft in Analysis.Drafts.Where(d => d.Kind is QuestionKind.WhoSaid or QuestionKind.AttributedOrAsserted))
        {
            var answerSpeaker = draft.Answer.Replace("Attributed to ", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(draft.Distractors, d => d.Replace("Attributed to ", string.Empty, StringComparison.Ordinal) is var other
                && (SpeakerNames.ShortFormOf(other, answerSpeaker) || SpeakerNames.ShortFormOf(answerSpeaker, other)));
        }
    }
}
