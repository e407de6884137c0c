using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.QuestionBank;

/// <summary>Authoring rules of find-the-evidence: a passage of whole sentences and evidence inside it.</summary>
public sealed class FindEvidenceQuestionTests
{
    private const string Story =
        "Ankara said the evacuation had been suspended. It was not yet over, officials added.\n\n" +
        "\"The evacuations are not over,\" said Turkish Foreign Minister Mevlut Cavusoglu.\n\n" +
        "Mr Sayal told Reuters the deal was off.";

    private static readonly Dictionary<string, ArticleDocument> Articles = new()
    {
        ["afp"] = new ArticleDocument
        {
            Id = "afp", Outlet = "AFP", WireCredit = "AFP", Date = new DateOnly(2016, 12, 16), Title = "T", Text = Story,
        },
    };

    private static Question Find(string passage, string evidence) => new()
    {
        Id = "fe1",
        Type = QuestionType.FindEvidence,
        Skill = Skills.WhoSaidIt,
        Difficulty = Difficulty.Easy,
        TimeLimitSeconds = 45,
        Prompt = "Who says the evacuations are not over? Tap the words that tell you.",
        Options = [],
        Explanation = "AFP names him after the quote.",
        Passage = new Evidence("afp", passage),
        Evidence = [new Evidence("afp", evidence)],
    };

    private static readonly string TwoParagraphs = string.Join("\n\n", Story.Split("\n\n")[..2]);

    [Fact]
    public void A_passage_of_whole_paragraphs_with_the_evidence_inside_passes_and_both_resolve()
    {
        var check = QuestionValidator.Check(Find(TwoParagraphs, "said Turkish Foreign Minister Mevlut Cavusoglu."), Articles);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(0, check.Question.Passage!.Start);
        var evidence = check.Question.Evidence[0];
        Assert.Equal("said Turkish Foreign Minister Mevlut Cavusoglu.", Story[evidence.Start..evidence.End]);
    }

    [Fact]
    public void Evidence_outside_the_passage_is_refused_with_a_sentence_saying_so()
    {
        var check = QuestionValidator.Check(Find(TwoParagraphs, "Mr Sayal told Reuters"), Articles);

        var problem = Assert.Single(check.Problems);
        Assert.Contains("is not inside the passage", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("said the evacuation had been suspended.", "the evacuation", "whole sentences")]
    [InlineData("Ankara said the evacuation had been", "Ankara", "whole sentences")]
    [InlineData("Ankara said the evacuation had been suspended. It was not yet over, officials added.", "acuation had", "middle of a word")]
    [InlineData("Ankara said the evacuation had been suspended.", "Ankara said the evacuation had been suspended.", "nothing to find")]
    public void A_passage_cut_mid_sentence_or_evidence_cut_mid_word_or_the_whole_passage_is_refused(string passage, string evidence, string expected)
    {
        var check = QuestionValidator.Check(Find(passage, evidence), Articles);

        Assert.Contains(check.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void One_sentence_of_a_paragraph_is_a_passage_and_evidence_may_leave_off_a_words_punctuation()
    {
        var check = QuestionValidator.Check(Find("It was not yet over, officials added.", "It was not yet over"), Articles);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
    }

    [Fact]
    public void A_find_the_evidence_question_without_a_passage_or_with_options_is_told_what_is_wrong()
    {
        var noPassage = QuestionValidator.Check(Find(TwoParagraphs, "Ankara") with { Passage = null }, Articles);
        var withOptions = QuestionValidator.Check(Find(TwoParagraphs, "Ankara") with { Options = [new("Ankara", true), new("Rome", false)] }, Articles);

        Assert.Contains(noPassage.Problems, p => p.Contains("needs a passage", StringComparison.Ordinal));
        Assert.Contains(withOptions.Problems, p => p.Contains("has no options", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_keep_their_punctuation_and_paragraphs_and_sentences_are_found()
    {
        var words = PassageWords.Split(TwoParagraphs);

        Assert.Equal(["Ankara", "said", "the"], words.Words.Take(3).Select(w => w.Text));
        Assert.Equal("\"The", words.Words[14].Text);
        Assert.Equal([0, 14], words.ParagraphStarts);
        Assert.Equal([0, 7, 14], words.SentenceStarts);
        Assert.Equal((15, 18), words.WordsOf(TwoParagraphs.IndexOf("evacuations", StringComparison.Ordinal), TwoParagraphs.IndexOf(" said Turkish", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_bank_has_eight_or_more_find_the_evidence_questions_over_the_five_outlets_each_evidence_inside_its_passage()
    {
        var bank = QuestionBankLoader.Load(RepositoryPaths.QuestionBank);
        var questions = bank.Quizzes.SelectMany(q => q.Questions).Where(q => q.Type == QuestionType.FindEvidence).ToArray();

        Assert.True(questions.Length >= 8, $"{questions.Length} find-the-evidence questions");
        Assert.Equal(["afp", "bbc", "nbc", "rferl", "voa"], questions.Select(q => q.Passage!.ArticleId).Distinct().Order(StringComparer.Ordinal));
        foreach (var question in questions)
        {
            var (passage, evidence) = (question.Passage!, question.Evidence[0]);
            Assert.InRange(evidence.Start, passage.Start, passage.End);
            Assert.InRange(evidence.End, passage.Start, passage.End);
            Assert.NotNull(PassageWords.Split(passage.Quote).WordsOf(evidence.Start - passage.Start, evidence.End - passage.Start));
        }
    }

    [Fact]
    public void A_passage_reads_and_writes_back_unchanged()
    {
        var quiz = new Quiz { Id = "q", Title = "Q", Questions = [Find(TwoParagraphs, "Ankara said")] };

        var again = QuizFileFormat.Parse(QuizFileFormat.Write(quiz));

        Assert.Equal(QuestionType.FindEvidence, again.Questions[0].Type);
        Assert.Equal(TwoParagraphs, again.Questions[0].Passage!.Quote);
        Assert.Equal("afp", again.Questions[0].Passage!.ArticleId);
    }
}
