using System.Text;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.QuestionBank;

/// <summary>Quiz files that would cost the server far more than they weigh: refused before anything is built from them.</summary>
public sealed class QuizFileLimitsTests
{
    private const string QuestionBody = """
            id: q
            type: single
            skill: numbers-disagree
            difficulty: easy
            timeLimit: 20
            prompt: "Which figure did AFP give?"
            explanation: "AFP gives it."
            evidence:
              - article: afp
                quote: 'some 8,500 people had left'
        """;

    /// <summary>A few kilobytes that alias a thousand options into each of a thousand questions: a million options.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("id: bomb\ntitle: Bomb\nquestions:\n  - &q\n");
        yaml.Append(QuestionBody).Append("\n    options: [&o {text: a, correct: true}")
            .Append(string.Concat(Enumerable.Repeat(", *o", 999))).Append("]\n");
        yaml.Append(string.Concat(Enumerable.Repeat("  - *q\n", 999)));
        return yaml.ToString();
    }

    private static string Quiz(int questions, int options, string optionText = "An option") =>
        "id: big\ntitle: Big\nquestions:\n" + string.Concat(Enumerable.Range(0, questions).Select(_ =>
            "  -\n" + QuestionBody + "\n    options:\n"
            + string.Concat(Enumerable.Range(0, options).Select(i => $"      - text: \"{optionText} {i}\"\n"))));

    [Fact]
    public void An_alias_bomb_is_refused_at_its_first_anchor()
    {
        var yaml = AliasBomb();
        Assert.True(yaml.Length < 16_000);

        var refused = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(yaml));

        Assert.Equal(PlainYamlParser.AliasesRefused, refused.Code);
        Assert.StartsWith("line 4,", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_alias_to_a_scalar_is_refused_too()
    {
        var refused = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse("id: &name plain\ntitle: *name\nquestions: []\n"));

        Assert.Equal(PlainYamlParser.AliasesRefused, refused.Code);
    }

    [Fact]
    public void More_questions_than_the_limit_are_refused_and_the_limit_itself_is_read()
    {
        var refused = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(Quiz(QuizLimits.MaxQuestions + 1, 2)));
        Assert.Equal(QuizLimits.TooManyQuestions, refused.Code);

        Assert.Equal(QuizLimits.MaxQuestions, QuizFileFormat.Parse(Quiz(QuizLimits.MaxQuestions, 2)).Questions.Count);
    }

    [Fact]
    public void More_options_than_the_limit_are_refused() =>
        Assert.Equal(
            QuizLimits.TooManyOptions,
            Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(Quiz(1, QuizLimits.MaxOptions + 1))).Code);

    [Fact]
    public void An_overlong_option_is_refused_with_the_limit_named()
    {
        var refused = Assert.Throws<QuizFormatException>(() => QuizFileFormat.Parse(Quiz(1, 2, new string('x', QuizLimits.MaxOptionLength))));

        Assert.Equal(QuizLimits.TextTooLong, refused.Code);
        Assert.Contains($"at most {QuizLimits.MaxOptionLength} characters", refused.Message, StringComparison.Ordinal);
    }
}
