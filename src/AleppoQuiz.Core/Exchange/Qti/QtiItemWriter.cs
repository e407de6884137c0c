using System.Globalization;
using System.Xml.Linq;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Qti.QtiNames;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>
/// One question as a QTI 2.1 assessmentItem: a choiceInteraction (one answer, or any number), an
/// orderInteraction, a textEntryInteraction or a hottextInteraction (see <see cref="QtiHottext"/>), the correct response, scoring worth the question's points, and the explanation with its
/// evidence quotes as feedback shown after answering.
/// </summary>
internal static class QtiItemWriter
{
    public static XDocument Write(Question question, string identifier, ExportOptions options)
    {
        var item = Element("assessmentItem",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", QtiSchemaLocation),
            new XAttribute("identifier", identifier),
            new XAttribute("title", question.Id),
            new XAttribute("label", question.Skill),
            new XAttribute("adaptive", "false"),
            new XAttribute("timeDependent", "false"),
            QtiScoring.ResponseDeclaration(question),
            Outcome(Score, "float", "0"),
            Outcome(MaxScore, "float", Points(question)),
            Element("outcomeDeclaration",
                new XAttribute("identifier", Feedback), new XAttribute("cardinality", "single"), new XAttribute("baseType", "identifier")),
            question.Type == QuestionType.FindEvidence ? QtiHottext.OutcomeDeclarations() : null,
            Element("itemBody", Interaction(question, options)),
            QtiScoring.ResponseProcessing(question),
            ModalFeedback(question, options));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), item);
    }

    public static string Points(Question question) => question.Points.ToString(CultureInfo.InvariantCulture);

    /// <summary>The words and evidence of a find-the-evidence question, which the export checked it has.</summary>
    public static (PassageWords Words, int First, int Last) PassageOf(Question question) =>
        PassageWords.OfQuestion(question) ?? throw new ArgumentException("A find-the-evidence question without its evidence in its passage.", nameof(question));

    private static object Interaction(Question question, ExportOptions options)
    {
        // The passage is attributed like any quote: the student sees whose report they are reading.
        if (question.Type == QuestionType.FindEvidence)
        {
            return new object[]
            {
                Element("p", $"From {options.OutletOf(question.Passage!.ArticleId)}:"),
                QtiHottext.Interaction(question, PassageOf(question)),
            };
        }

        // A type-answer question is a text entry; QTI puts that interaction inline, inside a paragraph.
        if (question.Type == QuestionType.TypeAnswer)
        {
            return Element("p", Inline(question.Prompt), " ",
                Element("textEntryInteraction", new XAttribute("responseIdentifier", Response), new XAttribute("expectedLength", 30)));
        }

        var order = question.Type == QuestionType.Order ? DisplayOrder(question) : Enumerable.Range(0, question.Options.Count).ToArray();
        var choices = order.Select(i => Element("simpleChoice", new XAttribute("identifier", Choice(i)), Inline(question.Options[i].Text)));
        var prompt = Element("prompt", Inline(question.Prompt));
        return question.Type == QuestionType.Order
            ? Element("orderInteraction", new XAttribute("responseIdentifier", Response), new XAttribute("shuffle", "true"), prompt, choices)
            : Element("choiceInteraction",
                new XAttribute("responseIdentifier", Response),
                // Players shuffle the choices, so the key's position tells a student nothing.
                new XAttribute("shuffle", question.KeepOrder ? "false" : "true"),
                new XAttribute("maxChoices", question.Type == QuestionType.Multi ? "0" : "1"),
                prompt,
                choices);
    }

    // Options of an ordering question are stored solved; a player that ignores shuffle must still not show them so.
    private static int[] DisplayOrder(Question question)
    {
        var seed = question.Id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
        var order = Enumerable.Range(0, question.Options.Count).ToArray();
#pragma warning disable CA5394 // Not for security: a fixed, repeatable shuffle so that exports are reproducible.
        new Random(seed).Shuffle(order);
#pragma warning restore CA5394
        return order.SequenceEqual(Enumerable.Range(0, order.Length)) ? [.. order[1..], order[0]] : order;
    }

    private static XElement? ModalFeedback(Question question, ExportOptions options)
    {
        if (question.Explanation.Length == 0 && question.Evidence.Count == 0)
        {
            return null;
        }

        return Element("modalFeedback",
            new XAttribute("outcomeIdentifier", Feedback),
            new XAttribute("showHide", "show"),
            new XAttribute("identifier", Explanation),
            new XAttribute("title", "Why"),
            question.Explanation.Length > 0 ? Element("p", Inline(question.Explanation)) : null,
            question.Evidence.Select(e => Element("blockquote",
                Element("p", Inline(e.Quote)),
                Element("p", $"Source: {options.OutletOf(e.ArticleId)}"))));
    }

    private static XElement Outcome(string identifier, string baseType, string defaultValue) =>
        Element("outcomeDeclaration",
            new XAttribute("identifier", identifier),
            new XAttribute("cardinality", "single"),
            new XAttribute("baseType", baseType),
            Element("defaultValue", Element("value", defaultValue)));
}
