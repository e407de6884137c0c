using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.QuestionBank;

public class QuestionValidatorTests
{
    private const string Story =
        "Ankara said the evacuation had been suspended.\n\n" +
        "\"The evacuations are not over,\" said Turkish Foreign Minister Mevlut Cavusoglu.\n\n" +
        "Mr Sayal told Reuters the deal was off.";

    private static readonly Dictionary<string, ArticleDocument> Articles = new()
    {
        ["afp"] = new ArticleDocument
        {
            Id = "afp", Outlet = "AFP", WireCredit = "AFP", Date = new DateOnly(2016, 12, 16), Title = "T", Text = Story,
        },
    };

    private static Question WhoSaid(params QuestionOption[] options) => new()
    {
        Id = "q1",
        Type = QuestionType.Single,
        Skill = Skills.WhoSaidIt,
        Difficulty = Difficulty.Easy,
        TimeLimitSeconds = 20,
        Prompt = "Who said the evacuations are not over?",
        Options = options.Length > 0 ? options : [new("Mevlut Cavusoglu", true), new("Mr Sayal", false)],
        Explanation = "AFP quotes him.",
        Evidence = [new Evidence("afp", "\"The evacuations are not over,\" said Turkish")],
    };

    [Fact]
    public void A_valid_question_passes_and_its_quote_resolves_to_the_span_in_the_article()
    {
        var check = QuestionValidator.Check(WhoSaid(), Articles);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        var evidence = Assert.Single(check.Question.Evidence);
        Assert.Equal(evidence.Quote, Story[evidence.Start..evidence.End]);
        Assert.Equal(Story.IndexOf("\"The evacuations", StringComparison.Ordinal), evidence.Start);
    }

    [Fact]
    public void A_span_pinned_to_a_later_occurrence_is_kept_while_the_text_there_matches()
    {
        var later = Story.LastIndexOf("said", StringComparison.Ordinal);
        var question = WhoSaid() with { Skill = "place-spellings", Evidence = [new Evidence("afp", "said", later, later + 4)] };

        var evidence = Assert.Single(QuestionValidator.Check(question, Articles).Question.Evidence);

        Assert.Equal(later, evidence.Start);
    }

    [Fact]
    public void A_quote_that_differs_by_one_word_is_reported_as_not_found()
    {
        var question = WhoSaid() with { Evidence = [new Evidence("afp", "\"The evacuations are now over,\" said Turkish")] };

        var problem = Assert.Single(QuestionValidator.Check(question, Articles).Problems);

        Assert.Contains("not found verbatim in article 'afp'", problem, StringComparison.Ordinal);
        Assert.Contains("are now over", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_to_a_who_said_question_must_stand_beside_its_evidence()
    {
        var question = WhoSaid(new("Mr Sayal", true), new("Mevlut Cavusoglu", false));

        var problem = Assert.Single(QuestionValidator.Check(question, Articles).Problems);

        Assert.Contains("'Mr Sayal' does not appear in the paragraph", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_who_said_answer_with_another_title_passes_when_its_name_is_in_the_evidence()
    {
        var question = WhoSaid(new("Turkey's top diplomat Mevlut Cavusoglu", true), new("Mr Sayal", false));

        var check = QuestionValidator.Check(question, Articles);

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
    }

    [Fact]
    public void A_who_said_answer_whose_name_is_elsewhere_says_how_to_fix_it()
    {
        var question = WhoSaid(new("Reuters source Mr Sayal", true), new("Mevlut Cavusoglu", false));

        var problem = Assert.Single(QuestionValidator.Check(question, Articles).Problems);

        Assert.Contains("'Reuters source Mr Sayal' does not appear", problem, StringComparison.Ordinal);
        Assert.Contains("as the article spells it", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_who_said_question_without_evidence_is_told_to_add_some_and_nothing_else()
    {
        var problem = Assert.Single(QuestionValidator.Check(WhoSaid() with { Evidence = [] }, Articles).Problems);

        Assert.Contains("at least one evidence quote", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_choice_with_two_correct_options_is_refused()
    {
        var problems = QuestionValidator.Check(WhoSaid(new("Mevlut Cavusoglu", true), new("Ankara", true)), Articles).Problems;

        Assert.Contains(problems, p => p.Contains("exactly one correct option, not 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_options_are_refused_ignoring_case()
    {
        var problems = QuestionValidator.Check(WhoSaid(new("Mevlut Cavusoglu", true), new("mevlut cavusoglu ", false)), Articles).Problems;

        Assert.Contains(problems, p => p.Contains("appears more than once", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(QuestionType.Multi, new[] { true, false, false }, "at least two correct options")]
    [InlineData(QuestionType.Multi, new[] { true, true }, "at least one wrong one")]
    [InlineData(QuestionType.Order, new[] { true, false, false }, "marks none correct")]
    [InlineData(QuestionType.Order, new[] { false, false }, "at least three options")]
    public void Each_question_type_keeps_its_own_shape(QuestionType type, bool[] correct, string expected)
    {
        var question = WhoSaid() with
        {
            Type = type,
            Skill = "numbers-disagree",
            Options = correct.Select((c, i) => new QuestionOption($"Option {i}", c)).ToArray(),
        };

        Assert.Contains(QuestionValidator.Check(question, Articles).Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_answer_question_needs_an_accepted_answer_and_no_options()
    {
        var question = WhoSaid() with { Type = QuestionType.TypeAnswer, Options = [], AcceptedAnswers = [] };

        Assert.Contains(QuestionValidator.Check(question, Articles).Problems, p => p.Contains("1–10 accepted answers", StringComparison.Ordinal));

        var withOptions = question with { AcceptedAnswers = ["Cavusoglu"], Options = [new("Cavusoglu", true), new("Sayal", false)] };
        Assert.Contains(QuestionValidator.Check(withOptions, Articles).Problems, p => p.Contains("has no options", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_answer_who_said_question_passes_when_one_accepted_spelling_stands_beside_the_evidence()
    {
        var question = WhoSaid() with { Type = QuestionType.TypeAnswer, Options = [], AcceptedAnswers = ["Çavuşoğlu", "Cavusoglu"] };

        Assert.True(QuestionValidator.Check(question, Articles).IsValid);

        var elsewhere = question with { AcceptedAnswers = ["Lavrov"] };
        Assert.Contains(QuestionValidator.Check(elsewhere, Articles).Problems, p => p.Contains("none of the accepted answers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_poll_marks_no_option_correct()
    {
        var poll = WhoSaid() with { Type = QuestionType.Poll, Skill = "numbers-disagree" };

        Assert.Contains(QuestionValidator.Check(poll, Articles).Problems, p => p.Contains("no right answer", StringComparison.Ordinal));
        var fair = poll with { Options = [new("Ask AFP", false), new("Ask Reuters", false)] };
        Assert.True(QuestionValidator.Check(fair, Articles).IsValid, string.Join("; ", QuestionValidator.Check(fair, Articles).Problems));
        Assert.Contains(QuestionValidator.Check(fair with { Options = [new("Ask AFP", false)] }, Articles).Problems, p => p.Contains("2–6 options", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_choice_questions_may_pin_their_order()
    {
        Assert.True(QuestionValidator.Check(WhoSaid() with { KeepOrder = true }, Articles).IsValid);

        var order = WhoSaid() with
        {
            Type = QuestionType.Order, Skill = "numbers-disagree", KeepOrder = true,
            Options = [new("a", false), new("b", false), new("c", false)],
        };
        Assert.Contains(QuestionValidator.Check(order, Articles).Problems, p => p.Contains("keepOrder", StringComparison.Ordinal));
    }

    [Fact]
    public void True_false_questions_offer_exactly_true_and_false()
    {
        var question = WhoSaid() with { Type = QuestionType.TrueFalse, Options = [new("Yes", true), new("No", false)] };

        Assert.Contains(QuestionValidator.Check(question, Articles).Problems, p => p.Contains("'True' and 'False'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_articles_skills_and_time_limits_are_named()
    {
        var question = WhoSaid() with
        {
            Skill = "guessing",
            TimeLimitSeconds = 1,
            Evidence = [new Evidence("reuters", "anything")],
        };

        var problems = QuestionValidator.Check(question, Articles).Problems;

        Assert.Contains(problems, p => p.Contains("unknown skill 'guessing'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("time limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown article 'reuters'", StringComparison.Ordinal));
    }
}
