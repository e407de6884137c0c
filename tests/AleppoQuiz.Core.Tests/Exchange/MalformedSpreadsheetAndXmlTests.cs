using AleppoQuiz.Core.Exchange;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>Broken Kahoot sheets are reported by line, broken Moodle XML by element path (or line, if not XML).</summary>
public class MalformedSpreadsheetAndXmlTests
{
    private const string Header = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n";

    [Theory]
    [InlineData("Who?,a,b,,,20,B", "not 'B'")]
    [InlineData("Who?,a,b,,,20,5", "1–4")]
    [InlineData("Who?,a,b,,,20,3", "answer 3 is marked correct but is empty")]
    [InlineData("Who?,a,b,,,20,", "mark at least one")]
    [InlineData("Who?,a,b,,,soon,1", "whole number")]
    [InlineData(",a,b,,,20,1", "question text is empty")]
    public void A_bad_row_is_reported_by_its_line(string row, string words)
    {
        // The first question's cell runs over two lines, so the bad row is on line 4 of the file, not record 3.
        var csv = Header + "\"Two-line\nquestion\",a,b,,,20,1\n" + row + "\n";

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.KahootCsv, csv));

        Assert.Equal("line 4", error.Location);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who?,a,b\n", 1, "no header row")]
    [InlineData(Header + "Who?,\"a,b,,,20,1\n", 2, "never closed")]
    [InlineData(Header + "Who?,a,b,,,20,1,order\n", 1, "Type")]
    public void Missing_headers_and_open_quotes_are_reported(string csv, int line, string words)
    {
        if (words == "Type")
        {
            csv = csv.Replace("Correct answer(s)\n", "Correct answer(s),Type\n", StringComparison.Ordinal);
            (line, words) = (2, "unknown question type 'order'");
        }

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.KahootCsv, csv));

        Assert.Equal($"line {line}", error.Location);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<question type="multichoice"><name><text>fine</text></name><answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question><question type="multichoice"><name><text>empty</text></name><questiontext><text>No answers?</text></questiontext></question>""",
        "quiz/question[2]", "has no <answer> elements")]
    [InlineData("""<question><name><text>t</text></name></question>""", "quiz/question[1]", "no type")]
    [InlineData("""<question type="multichoice"><answer fraction="lots"><text>a</text></answer></question>""", "quiz/question[1]/answer[1]", "fraction 'lots'")]
    [InlineData("""<question type="multichoice"><answer fraction="100"><text>a</text></answer><answer fraction="0"><text> </text></answer></question>""", "quiz/question[1]/answer[2]", "no text")]
    [InlineData("""<question type="truefalse"><answer fraction="100"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>""", "quiz/question[1]", "exactly one")]
    [InlineData("""<question type="multichoice"><defaultgrade>one</defaultgrade><answer fraction="100"><text>a</text></answer></question>""", "quiz/question[1]/defaultgrade", "not a number")]
    [InlineData("""<question type="multichoice"><answer fraction="100"><text>a</text></answer><tags><tag><text>difficulty:extreme</text></tag></tags></question>""", "quiz/question[1]/tags/tag[1]", "unknown difficulty")]
    public void A_bad_question_is_reported_by_its_element_path(string questions, string path, string words)
    {
        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.MoodleXml, $"<quiz>{questions}</quiz>"));

        Assert.Equal(path, error.Location);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<quiz>\n<question type=\"multichoice\">\n<name></question>\n</quiz>", "line 3", "not well formed")]
    [InlineData("<questions><question/></questions>", "questions", "root element must be <quiz>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x \"boom\">]>\n<quiz/>", "line 2", "DOCTYPE")]
    public void Xml_that_is_not_a_Moodle_quiz_is_refused(string xml, string location, string words)
    {
        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.MoodleXml, xml));

        Assert.Equal(location, error.Location);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
