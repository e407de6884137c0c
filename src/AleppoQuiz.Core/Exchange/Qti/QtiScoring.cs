using System.Globalization;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Qti.QtiNames;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>
/// The correct response and how an answer is scored, matching our game: all or nothing for single, true/false
/// and ordering; for multi-select each right choice adds points/k and each wrong one takes points/k away, never
/// below zero. The explanation feedback is switched on whatever the answer.
/// </summary>
internal static class QtiScoring
{
    public static XElement ResponseDeclaration(Question question)
    {
        if (question.Type == QuestionType.FindEvidence)
        {
            return QtiHottext.ResponseDeclaration(QtiItemWriter.PassageOf(question));
        }

        // Every accepted spelling maps to the full points, letter case ignored; the first is the one shown as correct.
        if (question.Type == QuestionType.TypeAnswer)
        {
            return Element("responseDeclaration",
                new XAttribute("identifier", Response),
                new XAttribute("cardinality", "single"),
                new XAttribute("baseType", "string"),
                Element("correctResponse", Element("value", question.AcceptedAnswers.FirstOrDefault() ?? "")),
                Element("mapping",
                    new XAttribute("defaultValue", "0"),
                    question.AcceptedAnswers.Distinct(StringComparer.OrdinalIgnoreCase).Select(answer => Element("mapEntry",
                        new XAttribute("mapKey", answer),
                        new XAttribute("mappedValue", QtiItemWriter.Points(question)),
                        new XAttribute("caseSensitive", "false")))));
        }

        var cardinality = question.Type switch
        {
            QuestionType.Order => "ordered",
            QuestionType.Multi => "multiple",
            _ => "single",
        };
        return Element("responseDeclaration",
            new XAttribute("identifier", Response),
            new XAttribute("cardinality", cardinality),
            new XAttribute("baseType", "identifier"),
            Element("correctResponse", question.CorrectOptionIndexes.Select(i => Element("value", Choice(i)))),
            question.Type == QuestionType.Multi ? Mapping(question) : null);
    }

    public static XElement ResponseProcessing(Question question)
    {
        var score = question.Type == QuestionType.FindEvidence
            ? QtiHottext.Scoring(question, QtiItemWriter.PassageOf(question))
            : question.Type is QuestionType.Multi or QuestionType.TypeAnswer
            ? Element("responseCondition",
                Element("responseIf",
                    Element("isNull", Variable(Response)),
                    SetScore(Float(0))),
                Element("responseElse", SetScore(Element("mapResponse", new XAttribute("identifier", Response)))))
            : Element("responseCondition",
                Element("responseIf",
                    Element("match", Variable(Response), Element("correct", new XAttribute("identifier", Response))),
                    SetScore(Float(question.Points))),
                Element("responseElse", SetScore(Float(0))));
        var feedback = question.Explanation.Length > 0 || question.Evidence.Count > 0
            ? Element("setOutcomeValue", new XAttribute("identifier", Feedback),
                Element("baseValue", new XAttribute("baseType", "identifier"), Explanation))
            : null;
        return Element("responseProcessing", score, feedback);
    }

    // Whole-number shares, the remainder spread over the first right choices, so that all right choices together
    // score exactly the question's points (1000 over three is 334 + 333 + 333, never 999.9999).
    private static XElement Mapping(Question question)
    {
        var correct = question.CorrectOptionIndexes;
        var count = Math.Max(1, correct.Count);
        var (share, remainder) = Math.DivRem(question.Points, count);
        var penalty = Math.Round(question.Points / (decimal)count, 4);
        return Element("mapping",
            new XAttribute("lowerBound", "0"),
            new XAttribute("upperBound", QtiItemWriter.Points(question)),
            new XAttribute("defaultValue", "0"),
            question.Options.Select((option, i) => Element("mapEntry",
                new XAttribute("mapKey", Choice(i)),
                new XAttribute("mappedValue", option.Correct
                    ? Number(share + (correct.ToList().IndexOf(i) < remainder ? 1 : 0))
                    : Number(-penalty)))));
    }

    private static XElement SetScore(XElement value) =>
        Element("setOutcomeValue", new XAttribute("identifier", Score), value);

    private static XElement Variable(string identifier) => Element("variable", new XAttribute("identifier", identifier));

    private static XElement Float(decimal value) => Element("baseValue", new XAttribute("baseType", "float"), Number(value));

    private static string Number(decimal value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
