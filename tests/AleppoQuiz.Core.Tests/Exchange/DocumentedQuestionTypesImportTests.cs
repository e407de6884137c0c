using System.Text;
using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// Files that use every question type Moodle documents for GIFT and Moodle XML, written from that documentation:
/// each question the game can play arrives whole, each other one is in the report with its place and reason.
/// </summary>
public class DocumentedQuestionTypesImportTests
{
    private const string EveryGiftType = """
        // true-false
        ::TF::The BBC credits Reuters.{T}

        // multiple choice with feedback and an answer in plain format
        ::MC::[html]Which outlet is <b>French</b>?{=[plain]AFP#Right ~BBC ~[markdown]**VOA**}

        // multiple answers with weights
        ::MA::Which are wire agencies? {~%50%AFP ~%50%Reuters ~%-100%NBC}

        // short answer
        ::SA::Who supplied BBC's story? {=Reuters =Thomson Reuters}

        // missing word
        ::MW::The Observatory is based in {=Britain ~Syria ~Turkey} according to AFP.

        // matching
        ::Match::Match the outlet to its country. {=AFP -> France =BBC -> Britain =VOA -> United States}

        // numerical
        ::Num::How many people left, by the Observatory's count? {#8500:500}

        // essay
        ::Essay::Describe how the evacuation was reported. {}

        // description
        ::Desc::Read the five articles before you start.
        """;

    [Fact]
    public void Every_documented_GIFT_type_either_arrives_whole_or_is_reported_with_its_line()
    {
        var result = QuizExchange.Read(ExchangeFormat.Gift, EveryGiftType);

        var quiz = result.Quiz;
        Assert.Equal(["tf", "mc", "ma", "sa", "mw"], quiz.Questions.Select(q => q.Id));
        Assert.Equal([QuestionType.TrueFalse, QuestionType.Single, QuestionType.Multi, QuestionType.TypeAnswer, QuestionType.Single],
            quiz.Questions.Select(q => q.Type));
        Assert.Equal("Which outlet is French?", quiz.Questions[1].Prompt);
        Assert.Equal(["AFP", "BBC", "VOA"], quiz.Questions[1].Options.Select(o => o.Text));
        Assert.Equal(["Reuters", "Thomson Reuters"], quiz.Questions[3].AcceptedAnswers);
        Assert.Equal("The Observatory is based in _____ according to AFP.", quiz.Questions[4].Prompt);
        Assert.Equal(
            [("line 17", "matching"), ("line 20", "numerical"), ("line 23", "essay"), ("line 26", "description")],
            result.Skipped.Select(s => (s.Location, Kind(s.Message))));
    }

    private const string EveryMoodleXmlType = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="category"><category><text>$course$/top/Evacuation</text></category></question>
          <question type="multichoice"><name><text>The inequalities &lt; &amp; &gt;</text></name>
            <questiontext format="html"><text><![CDATA[<p>Who spoke? <img src="@@PLUGINFILE@@/map.png"></p>]]></text>
              <file name="map.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
            <single>true</single>
            <answer fraction="100"><text>A security source</text></answer><answer fraction="0"><text>The Observatory</text></answer></question>
          <question type="truefalse"><name><text>tf</text></name><questiontext format="html"><text>AFP names its source.</text></questiontext>
            <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>
          <question type="shortanswer"><name><text>sa</text></name><questiontext format="html"><text>Which agency?</text></questiontext>
            <answer fraction="100"><text>Reuters</text></answer><answer fraction="50"><text>Thomson</text></answer></question>
          <question type="essay"><name><text>essay</text></name><questiontext format="html"><text>Discuss.</text></questiontext></question>
          <question type="numerical"><name><text>num</text></name><questiontext format="html"><text>How many?</text></questiontext>
            <answer fraction="100"><text>8500</text><tolerance>500</tolerance></answer></question>
          <question type="matching"><name><text>match</text></name><questiontext format="html"><text>Match.</text></questiontext>
            <subquestion><text>AFP</text><answer><text>France</text></answer></subquestion></question>
          <question type="description"><name><text>desc</text></name><questiontext format="html"><text>Read first.</text></questiontext></question>
          <question type="cloze"><name><text>cloze</text></name><questiontext format="html"><text>{1:SHORTANSWER:=Reuters}</text></questiontext></question>
          <question type="ddwtos"><name><text>drag</text></name><questiontext format="html"><text>[[1]]</text></questiontext></question>
        </quiz>
        """;

    [Fact]
    public void Every_documented_Moodle_XML_type_either_arrives_whole_or_is_reported_with_its_element()
    {
        var result = QuizExchange.Read(ExchangeFormat.MoodleXml, EveryMoodleXmlType);

        Assert.Equal(["the-inequalities", "tf", "sa"], result.Quiz.Questions.Select(q => q.Id));
        Assert.Equal("Who spoke?", result.Quiz.Questions[0].Prompt);
        Assert.Equal(["Reuters"], result.Quiz.Questions[2].AcceptedAnswers);
        var image = Assert.Single(result.Notes, n => !n.Skipped);
        Assert.Equal("quiz/question[2]", image.Location);
        Assert.Contains("images", image.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["quiz/question[5]", "quiz/question[6]", "quiz/question[7]", "quiz/question[8]", "quiz/question[9]", "quiz/question[10]"],
            result.Skipped.Select(s => s.Location));
        Assert.Contains("essay", result.Skipped.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_Moodle_XML_is_refused_before_a_tree_is_built()
    {
        var nested = "<quiz>" + string.Concat(Enumerable.Repeat("<b>", 50_000)) + string.Concat(Enumerable.Repeat("</b>", 50_000)) + "</quiz>";

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.MoodleXml, nested));

        Assert.Contains("nested deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Kahoot_CSV_row_of_thousands_of_cells_is_refused_on_its_line()
    {
        var csv = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n" + new string(',', 500_000) + "\n";

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.KahootCsv, Encoding.UTF8.GetBytes(csv)));

        Assert.Equal("line 2", error.Location);
        Assert.Contains("at most 100 columns", error.Message, StringComparison.Ordinal);
    }

    private static string Kind(string message) =>
        new[] { "matching", "numerical", "essay", "description" }.First(k => message.Contains(k, StringComparison.Ordinal));
}
