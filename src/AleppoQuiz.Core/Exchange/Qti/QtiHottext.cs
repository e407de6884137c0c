using System.Globalization;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Qti.QtiNames;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>
/// A find-the-evidence question as a QTI 2.1 hottextInteraction: every word of the passage is a hottext the
/// student may select, paragraph by paragraph, and the response processing applies our own overlap rule
/// (docs/scoring.md): full points when the words in common make up at least half of the longer of the selection
/// and the evidence, otherwise points × overlap ÷ longer. QTI players cannot insist the words are one unbroken run,
/// so a scattered selection is scored by the same arithmetic.
/// </summary>
internal static class QtiHottext
{
    public const string Overlap = "OVERLAP";
    public const string Longer = "LONGER";

    /// <summary>The identifier of word <paramref name="index"/>: W0, W1, …</summary>
    public static string Word(int index) => "W" + index.ToString(CultureInfo.InvariantCulture);

    public static XElement Interaction(Question question, (PassageWords Words, int First, int Last) passage)
    {
        var words = passage.Words;
        var paragraphs = words.ParagraphStarts.Append(words.Words.Count).ToArray();
        return Element("hottextInteraction",
            new XAttribute("responseIdentifier", Response),
            new XAttribute("maxChoices", "0"),
            Element("prompt", Inline(question.Prompt)),
            paragraphs.Zip(paragraphs.Skip(1)).Select(range => Element("p",
                Enumerable.Range(range.First, range.Second - range.First).SelectMany((id, i) => new object[]
                {
                    i == 0 ? "" : " ",
                    Element("hottext", new XAttribute("identifier", Word(id)), words.Words[id].Text),
                }))));
    }

    /// <summary>The evidence's words as the correct response, each worth 1 in the mapping that counts the overlap.</summary>
    public static XElement ResponseDeclaration((PassageWords Words, int First, int Last) passage)
    {
        var evidence = Enumerable.Range(passage.First, passage.Last - passage.First + 1).ToArray();
        return Element("responseDeclaration",
            new XAttribute("identifier", Response),
            new XAttribute("cardinality", "multiple"),
            new XAttribute("baseType", "identifier"),
            Element("correctResponse", evidence.Select(id => Element("value", Word(id)))),
            Element("mapping",
                new XAttribute("defaultValue", "0"),
                evidence.Select(id => Element("mapEntry", new XAttribute("mapKey", Word(id)), new XAttribute("mappedValue", "1")))));
    }

    public static IEnumerable<XElement> OutcomeDeclarations() =>
        [Float(Overlap), Float(Longer)];

    public static XElement Scoring(Question question, (PassageWords Words, int First, int Last) passage)
    {
        var points = BaseFloat(question.Points);
        var evidenceLength = passage.Last - passage.First + 1;
        return Element("responseCondition",
            Element("responseIf",
                Element("isNull", Variable(Response)),
                Set(Score, BaseFloat(0))),
            Element("responseElse",
                Set(Overlap, Element("mapResponse", new XAttribute("identifier", Response))),
                Set(Longer, Element("max",
                    Element("containerSize", Variable(Response)),
                    Element("baseValue", new XAttribute("baseType", "integer"), evidenceLength.ToString(CultureInfo.InvariantCulture)))),
                Element("responseCondition",
                    Element("responseIf",
                        Element("gte", Element("product", BaseFloat(2), Variable(Overlap)), Variable(Longer)),
                        Set(Score, points)),
                    Element("responseElse",
                        Set(Score, Element("divide", Element("product", BaseFloat(question.Points), Variable(Overlap)), Variable(Longer)))))));
    }

    private static XElement Float(string identifier) =>
        Element("outcomeDeclaration",
            new XAttribute("identifier", identifier), new XAttribute("cardinality", "single"), new XAttribute("baseType", "float"));

    private static XElement Set(string identifier, XElement value) =>
        Element("setOutcomeValue", new XAttribute("identifier", identifier), value);

    private static XElement Variable(string identifier) => Element("variable", new XAttribute("identifier", identifier));

    private static XElement BaseFloat(decimal value) =>
        Element("baseValue", new XAttribute("baseType", "float"), value.ToString("0.####", CultureInfo.InvariantCulture));
}
