using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.Exchange.Kahoot;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// What each format can hold, written out from the formats' documentation rather than read from the exporters, so
/// every test of an export expects the same thing: ours carries everything; GIFT, Moodle XML and QTI have no poll (a
/// question without a right answer); Moodle XML has nowhere to keep a short prompt; Kahoot's workbook holds single,
/// multi-select and true/false with at most four options, and no pinned order (Kahoot decides the order itself).
/// Of all of them only QTI can ask for words of a passage (its hottext interaction), so only it has find-the-evidence.
/// </summary>
internal static class CarriedQuestions
{
    public static Question[] By(ExchangeFormat format, Quiz quiz)
    {
        if (format == ExchangeFormat.Native)
        {
            return [.. quiz.Questions];
        }

        if (format == ExchangeFormat.Kahoot)
        {
            return quiz.Questions
                .Where(q => (q.Type is QuestionType.Single or QuestionType.Multi or QuestionType.TrueFalse) && q.Options.Count <= KahootColumns.MaxAnswers)
                .Select(q => q with { KeepOrder = false })
                .ToArray();
        }

        var withoutPolls = quiz.Questions.Where(q => q.Type != QuestionType.Poll
            && (q.Type != QuestionType.FindEvidence || format == ExchangeFormat.Qti));
        return format == ExchangeFormat.MoodleXml
            ? withoutPolls.Select(q => q with { ShortPrompt = null }).ToArray()
            : withoutPolls.ToArray();
    }
}
