using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.QuestionBank;

public class QuizFileFormatTests
{
    private const string Sample = """
        id: sample
        title: "Sample"
        questions:
          - id: s-1
            type: multi
            skill: numbers-disagree
            difficulty: medium
            timeLimit: 30
            points: 2000
            prompt: "Which figures did AFP give?"
            options:
              - text: "8,500"
                correct: true
              - text: "8,000"
                correct: true
              - text: "6,000"
            explanation: "AFP gives both."
            evidence:
              - article: afp
                quote: 'some 8,500 people had left'
        """;

    [Fact]
    public void A_quiz_file_reads_into_typed_questions()
    {
        var quiz = QuizFileFormat.Parse(Sample);

        var question = Assert.Single(quiz.Questions);
        Assert.Equal(QuestionType.Multi, question.Type);
        Assert.Equal(Difficulty.Medium, question.Difficulty);
        Assert.Equal(2000, question.Points);
        Assert.Equal([0, 1], question.CorrectOptionIndexes);
        Assert.Equal("afp", question.Evidence[0].ArticleId);
    }

    [Fact]
    public void Writing_and_reading_again_loses_nothing()
    {
        var quiz = QuizFileFormat.Parse(Sample);

        var again = QuizFileFormat.Parse(QuizFileFormat.Write(quiz));

        Assert.Equal(QuizFileFormat.Write(quiz), QuizFileFormat.Write(again));
        Assert.Equal(quiz.Questions[0].Options, again.Questions[0].Options);
        Assert.Equal(quiz.Questions[0].Evidence, again.Questions[0].Evidence);
    }

    private const string NewKinds = """
        id: kinds
        title: "Kinds"
        questions:
          - id: k-1
            type: type-answer
            skill: who-said-it
            difficulty: easy
            timeLimit: 30
            prompt: "Which agency supplied the quote?"
            accepted: ["Reuters", "Reuters news agency"]
            explanation: "The credit line names it."
            evidence:
              - article: afp
                quote: 'Reuters'
          - id: k-2
            type: poll
            skill: numbers-disagree
            difficulty: easy
            timeLimit: 30
            prompt: "Which source would you check first?"
            options:
              - text: "The Observatory"
              - text: "The UN"
            explanation: "Either can be argued."
            evidence:
              - article: afp
                quote: 'the UN'
          - id: k-3
            type: single
            keepOrder: true
            skill: numbers-disagree
            difficulty: easy
            timeLimit: 30
            prompt: "How many left?"
            options:
              - text: "Fewer than 1,000"
              - text: "1,000 to 5,000"
                correct: true
              - text: "More than 5,000"
            explanation: "Ranges read in order."
            evidence:
              - article: afp
                quote: 'people had left'
        """;

    [Fact]
    public void Type_answer_poll_and_pinned_order_read_and_write_back_unchanged()
    {
        var quiz = QuizFileFormat.Parse(NewKinds);

        var typed = quiz.Questions[0];
        Assert.Equal(QuestionType.TypeAnswer, typed.Type);
        Assert.Equal(["Reuters", "Reuters news agency"], typed.AcceptedAnswers);
        Assert.Empty(typed.Options);
        var poll = quiz.Questions[1];
        Assert.Equal(QuestionType.Poll, poll.Type);
        Assert.Empty(poll.CorrectOptionIndexes);
        Assert.True(quiz.Questions[2].KeepOrder);
        Assert.False(poll.KeepOrder);

        var written = QuizFileFormat.Write(quiz);
        var again = QuizFileFormat.Parse(written);
        Assert.Equal(written, QuizFileFormat.Write(again));
        Assert.Equal(typed.AcceptedAnswers, again.Questions[0].AcceptedAnswers);
        Assert.True(again.Questions[2].KeepOrder);
        Assert.DoesNotContain("keepOrder", written.Split("id: k-3")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_reported_with_its_line()
    {
        var broken = Sample.Replace("timeLimit: 30", "timelimit: 30", StringComparison.Ordinal);

        var error = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(broken));

        Assert.Contains("line 8", error.Message, StringComparison.Ordinal);
        Assert.Contains("timelimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_question_type_names_the_question()
    {
        var error = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(Sample.Replace("type: multi", "type: essay", StringComparison.Ordinal)));

        Assert.Equal("s-1", error.QuestionId);
        Assert.Contains("unknown type 'essay'", error.Message, StringComparison.Ordinal);
    }
}
