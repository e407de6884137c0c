using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

public class MoodleXmlImportTests
{
    // Shaped like a Moodle 4 export: category first, HTML in CDATA with Moodle's attributes and entities,
    // settings we do not use, answer feedback, and one tag of ours among a teacher's own.
    private const string PlainMoodleXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
        <!-- question: 0  -->
          <question type="category">
            <category>
              <text>$course$/top/Default for History 9/Aleppo evacuation</text>
            </category>
            <info format="moodle_auto_format">
              <text>Questions on the December 2016 evacuation.</text>
            </info>
            <idnumber></idnumber>
          </question>

        <!-- question: 2101  -->
          <question type="multichoice">
            <name><text>Security source</text></name>
            <questiontext format="html">
              <text><![CDATA[<p dir="ltr" style="text-align: left;">According to AFP, why was the evacuation <strong>suspended</strong>?&nbsp;</p>]]></text>
            </questiontext>
            <generalfeedback format="html">
              <text><![CDATA[<p>A security source blamed the &quot;militants&quot;.</p><p>Rebels denied it.</p>]]></text>
            </generalfeedback>
            <defaultgrade>2.0000000</defaultgrade>
            <penalty>0.3333333</penalty>
            <hidden>0</hidden>
            <idnumber></idnumber>
            <single>true</single>
            <shuffleanswers>true</shuffleanswers>
            <answernumbering>abc</answernumbering>
            <showstandardinstruction>0</showstandardinstruction>
            <correctfeedback format="html"><text>Your answer is correct.</text></correctfeedback>
            <answer fraction="100" format="html">
              <text><![CDATA[<p>The militants broke the deal&#39;s conditions</p>]]></text>
              <feedback format="html"><text></text></feedback>
            </answer>
            <answer fraction="0" format="html">
              <text><![CDATA[<p>Iran &amp; its allies objected</p>]]></text>
              <feedback format="html"><text><![CDATA[<p>That was the BBC's account.</p>]]></text></feedback>
            </answer>
            <tags>
              <tag><text>week-3</text></tag>
              <tag><text>skill:who-blamed-whom</text></tag>
            </tags>
          </question>

          <question type="truefalse">
            <name><text>Observatory figure</text></name>
            <questiontext format="moodle_auto_format"><text>About 8,500 people left
        before the suspension.</text></questiontext>
            <generalfeedback format="moodle_auto_format"><text></text></generalfeedback>
            <defaultgrade>1.0000000</defaultgrade>
            <answer fraction="0" format="moodle_auto_format"><text>true</text><feedback><text></text></feedback></answer>
            <answer fraction="100" format="moodle_auto_format"><text>false</text><feedback><text></text></feedback></answer>
          </question>

          <question type="multichoice">
            <name><text>Reuters outlets</text></name>
            <questiontext format="plain_text"><text>Which outlets cite Reuters? &lt;Pick two&gt;</text></questiontext>
            <single>false</single>
            <answer fraction="50"><text>BBC</text></answer>
            <answer fraction="50"><text>NBC News</text></answer>
            <answer fraction="-100"><text>AFP</text></answer>
          </question>

          <question type="ordering">
            <name><text>Timeline</text></name>
            <questiontext format="html"><text>&lt;p&gt;Earliest first&lt;/p&gt;</text></questiontext>
            <layouttype>VERTICAL</layouttype>
            <answer fraction="3.0000000" format="moodle_auto_format"><text>Evacuation suspended</text></answer>
            <answer fraction="1.0000000" format="moodle_auto_format"><text>Truce agreed</text></answer>
            <answer fraction="2.0000000" format="moodle_auto_format"><text>First buses leave</text></answer>
          </question>
        </quiz>
        """;

    private static readonly Quiz Imported = QuizExchange.Import(ExchangeFormat.MoodleXml, PlainMoodleXml);

    [Fact]
    public void The_category_names_and_describes_the_quiz()
    {
        Assert.Equal(("aleppo-evacuation", "Aleppo evacuation"), (Imported.Id, Imported.Title));
        Assert.Equal("Questions on the December 2016 evacuation.", Imported.Description);
        Assert.Equal(["security-source", "observatory-figure", "reuters-outlets", "timeline"], Imported.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Html_loses_its_tags_and_entities_and_paragraphs_become_blank_lines()
    {
        var question = Imported.Questions[0];

        Assert.Equal("According to AFP, why was the evacuation suspended?", question.Prompt);
        Assert.Equal("A security source blamed the \"militants\".\n\nRebels denied it.", question.Explanation);
        Assert.Equal([new("The militants broke the deal's conditions", true), new("Iran & its allies objected", false)], question.Options);
    }

    [Fact]
    public void Grades_tags_and_defaults_fill_our_fields()
    {
        var question = Imported.Questions[0];

        Assert.Equal((QuestionType.Single, 2000, "who-blamed-whom"), (question.Type, question.Points, question.Skill));
        Assert.Equal((Difficulty.Medium, 20), (question.Difficulty, question.TimeLimitSeconds));
        Assert.Empty(question.Evidence);
    }

    [Fact]
    public void True_false_multiple_answer_and_ordering_questions_are_read_by_their_fractions()
    {
        var (trueFalse, multi, order) = (Imported.Questions[1], Imported.Questions[2], Imported.Questions[3]);

        Assert.Equal((QuestionType.TrueFalse, "About 8,500 people left\nbefore the suspension."), (trueFalse.Type, trueFalse.Prompt));
        Assert.Equal([new("True", false), new("False", true)], trueFalse.Options);
        Assert.Equal((QuestionType.Multi, "Which outlets cite Reuters? <Pick two>"), (multi.Type, multi.Prompt));
        Assert.Equal([true, true, false], multi.Options.Select(o => o.Correct));
        Assert.Equal((QuestionType.Order, "Earliest first"), (order.Type, order.Prompt));
        Assert.Equal(["Truce agreed", "First buses leave", "Evacuation suspended"], order.Options.Select(o => o.Text));
    }
}
