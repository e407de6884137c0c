using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>Reading stored answers back in the words a teacher or student would recognise.</summary>
internal static class AnswerTexts
{
    /// <summary>
    /// Order questions read as a sequence ("A → B → C"), a find-the-evidence selection as the words selected, in
    /// reading order; the others as a list of picks ("A; C").
    /// </summary>
    public static string Describe(GameQuestion question, IReadOnlyList<int> optionIds) =>
        string.Join(
            question.Kind switch { QuestionKind.Order => " → ", QuestionKind.FindEvidence => " ", _ => "; " },
            (question.Kind == QuestionKind.FindEvidence ? optionIds.Order() : optionIds.AsEnumerable())
                .Where(id => id >= 0 && id < question.Options.Count).Select(id => question.Options[id]));

    /// <summary>The key as a teacher reads it: a typed answer's canonical form, nothing for a poll.</summary>
    public static string Correct(GameQuestion question) => question.Kind == QuestionKind.TypeAnswer
        ? question.AcceptedAnswers.FirstOrDefault() ?? ""
        : Describe(question, question.CorrectOptionIds);

    /// <summary>
    /// How many answers picked each option; for order questions, how many put the option in its right place.
    /// The same tally the reveal screen shows, counted from the stored answers.
    /// </summary>
    public static IReadOnlyList<OptionCount> Distribution(GameQuestion question, IEnumerable<IReadOnlyList<int>> answers)
    {
        var counts = new int[question.Options.Count];
        foreach (var ids in answers)
        {
            for (var position = 0; position < ids.Count; position++)
            {
                var id = ids[position];
                var counted = question.Kind != QuestionKind.Order
                    || (position < question.CorrectOptionIds.Count && question.CorrectOptionIds[position] == id);
                if (counted && id >= 0 && id < counts.Length)
                {
                    counts[id]++;
                }
            }
        }

        return [.. question.Options.Select((text, id) => new OptionCount(id, text, IsCorrectOption(question, id), counts[id]))];
    }

    /// <summary>Every option of an order question belongs somewhere, so each is "correct" in its place.</summary>
    public static bool IsCorrectOption(GameQuestion question, int id) => question.CorrectOptionIds.Contains(id);

    public static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.Multi => "multi",
        QuestionKind.TrueFalse => "true-false",
        QuestionKind.Order => "order",
        QuestionKind.TypeAnswer => "type-answer",
        QuestionKind.Poll => "poll",
        QuestionKind.FindEvidence => "find-evidence",
        _ => "single",
    };

    /// <summary>A poll asks an opinion: answering it is participation, never part of anyone's accuracy.</summary>
    public static bool IsScored(GameQuestion question) => question.Kind != QuestionKind.Poll;

    public static double? Ratio(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    public static double? Mean(IEnumerable<long> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1);
    }
}
