using System.Globalization;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Decides what a GIFT answer block is, the way Moodle does: <c>{T}</c>/<c>{F}</c> is true/false; answers with an
/// <c>=</c> are single choice; only <c>~</c> answers with %weights% are multiple answers; <c>=item -> n</c> pairs
/// whose matches are the positions 1…n are our ordering questions. Anything else is named and refused.
/// </summary>
internal static class GiftAnswerKinds
{
    private static readonly string[] TrueWords = ["T", "TRUE"];
    private static readonly string[] FalseWords = ["F", "FALSE"];

    public static (QuestionType Type, IReadOnlyList<QuestionOption> Options)? TrueFalse(string answers)
    {
        var feedback = GiftText.IndexOfUnescaped(answers, "#");
        var word = (feedback < 0 ? answers : answers[..feedback]).Trim().ToUpperInvariant();
        bool? isTrue = TrueWords.Contains(word) ? true : FalseWords.Contains(word) ? false : null;
        return isTrue is { } right
            ? (QuestionType.TrueFalse, [new QuestionOption("True", right), new QuestionOption("False", !right)])
            : null;
    }

    public static (QuestionType Type, IReadOnlyList<QuestionOption> Options) Classify(List<GiftAnswer> answers, int line)
    {
        // Moodle's matching type: every answer '=item -> match'. Elsewhere an arrow is just text.
        if (answers.All(a => a.Marker == '=' && a.Pair is not null))
        {
            return Ordering(answers, line);
        }

        // Moodle's short answer: every answer right; those with a weight below 100% earn part marks, which the
        // game has no way to give, so only the fully right ones are accepted.
        if (answers.All(a => a.Marker == '='))
        {
            var accepted = answers.Where(a => a.Weight is null or >= 100m).Select(a => new QuestionOption(a.Text, true)).ToArray();
            return accepted.Length > 0
                ? (QuestionType.TypeAnswer, accepted)
                : throw ExchangeFormatException.UnsupportedAtLine(line, "a short-answer question with no answer worth 100% was not imported");
        }

        var hasEquals = answers.Any(a => a.Marker == '=');
        var options = answers
            .Select(a => new QuestionOption(a.Text, hasEquals ? a.Marker == '=' : a.Weight > 0))
            .ToArray();
        var correct = options.Count(o => o.Correct);
        if (correct == 0)
        {
            throw ExchangeFormatException.AtLine(line, "no answer is marked right: use '=' or a positive weight such as ~%50%");
        }

        return (correct == 1 ? QuestionType.Single : QuestionType.Multi, options);
    }

    // Moodle has no ordering type in GIFT; we write one as a matching question pairing each item with its position.
    private static (QuestionType, IReadOnlyList<QuestionOption>) Ordering(List<GiftAnswer> answers, int line)
    {
        var positions = answers
            .Select(a => int.TryParse(a.Pair!.Value.Match, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0)
            .ToArray();
        if (!positions.Order().SequenceEqual(Enumerable.Range(1, answers.Count)))
        {
            throw ExchangeFormatException.UnsupportedAtLine(line,
                "a matching question was not imported: only one whose items are matched to their positions 1, 2, 3… comes in, as an ordering question");
        }

        var options = answers
            .Select((a, i) => (Position: positions[i], Option: new QuestionOption(a.Pair!.Value.Item, false)))
            .OrderBy(x => x.Position)
            .Select(x => x.Option)
            .ToArray();
        return (QuestionType.Order, options);
    }
}
