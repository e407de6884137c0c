using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Exchange;

public class GiftImportTests
{
    // Written the way Moodle exports GIFT: its own "// question:" comments, a category, [html] text, answer
    // feedback, weights, a missing-word question and escaped characters. None of our metadata comments.
    private const string PlainMoodleGift = """
        // question: 0  name: Switch category to $course$/top/Attribution drills
        $CATEGORY: $course$/top/Attribution drills


        // question: 1001  name: Who spoke
        ::Who spoke::[html]<p>Who said the evacuation was <b>suspended</b> because militants broke the deal?</p>{
        	=<p>A security source, speaking to AFP</p>
        	~<p>The Syrian Observatory</p>#Not quite\: the Observatory gave figures.
        	~<p>Turkish officials</p>
        	####<p>AFP quotes a security source &amp; no one else.</p>
        }

        // question: 1002  name: Observatory figure
        ::Observatory figure::The Observatory estimated that about 8,500 people left. {TRUE#Look again.#Yes.####AFP cites the Observatory.}

        // question: 1003  name: Which outlets
        ::Which outlets::Which outlets name Reuters as their source? {
        	~%50%BBC
        	~%50%NBC News
        	~%-100%AFP
        	~%-100%VOA
        }

        // question: 1004  name: (no title)
        The \{ICRC\} head called the scene {=heart-breaking ~calm ~orderly} in AFP.

        // skill: numbers-disagree
        // difficulty: hard
        ::Escaped::Ratio 3\:1 \= \~ \# {=yes ~no}
        """;

    private static Quiz Import(string gift, ImportOptions? options = null) => QuizExchange.Import(ExchangeFormat.Gift, gift, options);

    [Fact]
    public void A_plain_Moodle_file_gives_the_questions_it_describes()
    {
        var quiz = Import(PlainMoodleGift);

        Assert.Equal(("attribution-drills", "Attribution drills"), (quiz.Id, quiz.Title));
        Assert.Equal(["who-spoke", "observatory-figure", "which-outlets", "attribution-drills-04", "escaped"], quiz.Questions.Select(q => q.Id));
        var spoke = quiz.Questions[0];
        Assert.Equal(QuestionType.Single, spoke.Type);
        Assert.Equal("Who said the evacuation was suspended because militants broke the deal?", spoke.Prompt);
        Assert.Equal(
            [new("A security source, speaking to AFP", true), new("The Syrian Observatory", false), new("Turkish officials", false)],
            spoke.Options);
        Assert.Equal("AFP quotes a security source & no one else.", spoke.Explanation);
        Assert.Equal([new("True", true), new("False", false)], quiz.Questions[1].Options);
        Assert.Equal(QuestionType.TrueFalse, quiz.Questions[1].Type);
        Assert.Equal("AFP cites the Observatory.", quiz.Questions[1].Explanation);
    }

    [Fact]
    public void Weights_make_a_multiple_answer_question_and_text_after_the_braces_a_missing_word()
    {
        var quiz = Import(PlainMoodleGift);

        var outlets = quiz.Questions[2];
        Assert.Equal(QuestionType.Multi, outlets.Type);
        Assert.Equal(["BBC", "NBC News"], outlets.Options.Where(o => o.Correct).Select(o => o.Text));
        var missingWord = quiz.Questions[3];
        Assert.Equal("The {ICRC} head called the scene _____ in AFP.", missingWord.Prompt);
        Assert.Equal("heart-breaking", Assert.Single(missingWord.Options, o => o.Correct).Text);
        Assert.Equal("Ratio 3:1 = ~ #", quiz.Questions[4].Prompt);
    }

    [Fact]
    public void Missing_metadata_takes_the_documented_defaults_and_metadata_comments_are_read()
    {
        var quiz = Import(PlainMoodleGift);

        var plain = quiz.Questions[0];
        Assert.Equal(("attributed-or-asserted", Difficulty.Medium, 20, 1000), (plain.Skill, plain.Difficulty, plain.TimeLimitSeconds, plain.Points));
        Assert.Empty(plain.Evidence);
        var commented = quiz.Questions[4];
        Assert.Equal(("numbers-disagree", Difficulty.Hard), (commented.Skill, commented.Difficulty));
    }

    [Fact]
    public void The_import_options_choose_the_defaults_and_the_file_name_names_an_untitled_quiz()
    {
        var gift = "::q::Who? {=a ~b}";

        var quiz = Import(gift, new ImportOptions { DefaultSkill = "corroboration", DefaultTimeLimitSeconds = 30, SourceName = "Week 3.gift.txt" });

        Assert.Equal(("week-3", "Week 3"), (quiz.Id, quiz.Title));
        Assert.Equal(("corroboration", 30), (quiz.Questions[0].Skill, quiz.Questions[0].TimeLimitSeconds));
    }

    [Fact]
    public void The_validator_then_reports_what_a_teacher_still_has_to_add()
    {
        var articles = QuestionBankLoader.Load(RepositoryPaths.QuestionBank).Articles;

        var problems = Import(PlainMoodleGift).Questions.SelectMany(q => QuestionValidator.Check(q, articles).Problems).Distinct();

        Assert.Equal(["a question needs at least one evidence quote"], problems);
    }

    [Fact]
    public void A_matching_question_of_items_and_positions_is_read_as_an_ordering_question()
    {
        var gift = "::o::Earliest first {\n=Second -> 2\n=First -> 1\n=Third -> 3\n}";

        var question = Import(gift).Questions[0];

        Assert.Equal(QuestionType.Order, question.Type);
        Assert.Equal(["First", "Second", "Third"], question.Options.Select(o => o.Text));
    }

    [Fact]
    public void Repeated_titles_are_kept_apart()
    {
        var quiz = Import("::Q::One {=a ~b}\n\n::Q::Two {=a ~b}");

        Assert.Equal(["q", "q-2"], quiz.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_question_right_under_a_category_line_is_not_lost()
    {
        var quiz = Import("$CATEGORY: $course$/top/Week 3/Blame//fault\n::q::Who? {=a ~b}");

        Assert.Equal("Blame/fault", quiz.Title);
        Assert.Equal("q", Assert.Single(quiz.Questions).Id);
    }
}
