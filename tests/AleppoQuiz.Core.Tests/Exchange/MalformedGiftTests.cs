using AleppoQuiz.Core.Exchange;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>Broken GIFT is refused as a whole, and the message names the line to look at.</summary>
public class MalformedGiftTests
{
    private static ExchangeFormatException Reject(string gift) =>
        Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.Gift, gift));

    [Fact]
    public void An_unclosed_brace_is_reported_on_the_line_that_opens_it_and_nothing_is_imported()
    {
        var gift = "::q1::First {=a ~b}\n\n::q2::Second question {\n=yes\n~no\n\n::q3::Third {=c ~d}\n";

        var error = Reject(gift);

        Assert.Equal("line 3", error.Location);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::q::Describe the scene. {}", 1, "essay")]
    [InlineData("::q::How many? {#8500}", 1, "numerical")]
    [InlineData("::q::Just some text, no answers.", 1, "no answer block")]
    [InlineData("::q::Match {\n=AFP -> France\n=BBC -> Britain\n}", 1, "matching")]
    public void Question_kinds_we_cannot_play_are_left_out_and_named_while_the_rest_comes_in(string gift, int line, string words)
    {
        var result = QuizExchange.Read(ExchangeFormat.Gift, "::ok::Fine? {=a ~b}\n\n" + gift + "\n\n::ok2::Also fine? {~c =d}");

        Assert.Equal(["ok", "ok2"], result.Quiz.Questions.Select(q => q.Id));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal($"line {line + 2}", skipped.Location);
        Assert.Contains(words, skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_only_questions_we_cannot_play_is_refused_with_their_reasons()
    {
        var error = Reject("::q::Describe the scene. {}\n\n::r::How many? {#8500}");

        Assert.Contains("none of the file's 2 questions", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1: an essay question", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_with_no_right_answer_is_a_mistake_in_the_file_and_refuses_it()
    {
        var error = Reject("::q::Pick {\n~a\n~b\n}");

        Assert.Equal("line 1", error.Location);
        Assert.Contains("no answer is marked right", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::q::One {=a ~b}\n::r::Two {=c ~d}", 2, "blank line")]
    [InlineData("::q::Odd } brace {=a ~b}", 1, "'}' with no '{'")]
    [InlineData("::unclosed title {=a ~b}", 1, "title")]
    [InlineData("::q::Pick {\n=a\n~%fifty%b\n}", 3, "percentage")]
    [InlineData("::q::Pick {\nstray text\n=a\n~b\n}", 2, "starts with '='")]
    [InlineData("// difficulty: extreme\n::q::Pick {=a ~b}", 1, "unknown difficulty 'extreme'")]
    [InlineData("// skill: corroboration\n// time-limit: half a minute\n::q::Pick {=a ~b}", 2, "whole number")]
    [InlineData("// quote: no article before me\n::q::Pick {=a ~b}", 1, "evidence")]
    [InlineData("// evidence: afp\n::q::Pick {=a ~b}", 2, "no '// quote:'")]
    public void Broken_syntax_and_metadata_are_reported_by_line(string gift, int line, string words)
    {
        var error = Reject(gift);

        Assert.Equal($"line {line}", error.Location);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_numbers_count_Windows_line_ends_once()
    {
        var error = Reject("::q1::First {=a ~b}\r\n\r\n::q2::Second {\r\n=yes\r\n");

        Assert.Equal("line 3", error.Location);
    }

    [Fact]
    public void A_file_of_comments_only_has_no_questions()
    {
        var error = Reject("// just a note\n// quiz-title: Nothing here\n");

        Assert.Contains("no questions", error.Message, StringComparison.Ordinal);
    }
}
