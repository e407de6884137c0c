using System.Globalization;
using System.Text;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Writes a quiz as Moodle GIFT. Moodle reads the questions, answers and explanation; the comment lines above each
/// question carry what GIFT has no syntax for (skill, difficulty, time limit, points, evidence) so that our own
/// import gets back exactly what was written.
/// </summary>
internal static class GiftWriter
{
    public static string Write(Quiz quiz)
    {
        var gift = new StringBuilder();
        gift.AppendLine("// Exported from AleppoQuiz. Comment lines carry the fields Moodle has no place for, and Moodle skips them.");
        gift.AppendLine(GiftComments.Format(GiftComments.QuizId, quiz.Id));
        gift.AppendLine(GiftComments.Format(GiftComments.QuizTitle, quiz.Title));
        if (quiz.Description.Length > 0)
        {
            gift.AppendLine(GiftComments.Format(GiftComments.QuizDescription, quiz.Description));
        }

        // Moodle files imported questions under this category; a '/' inside a name is written '//'.
        gift.AppendLine().AppendLine($"$CATEGORY: $course$/top/{quiz.Title.Replace("/", "//", StringComparison.Ordinal)}");
        foreach (var question in quiz.Questions)
        {
            gift.AppendLine();
            WriteQuestion(gift, question);
        }

        return gift.ToString();
    }

    private static void WriteQuestion(StringBuilder gift, Question question)
    {
        gift.AppendLine(GiftComments.Format(GiftComments.Skill, question.Skill));
        gift.AppendLine(GiftComments.Format(GiftComments.Difficulty, question.Difficulty.ToString().ToLowerInvariant()));
        gift.AppendLine(GiftComments.Format(GiftComments.TimeLimit, question.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture)));
        gift.AppendLine(GiftComments.Format(GiftComments.Points, question.Points.ToString(CultureInfo.InvariantCulture)));
        foreach (var evidence in question.Evidence)
        {
            gift.AppendLine(GiftComments.Format(GiftComments.Evidence, evidence.ArticleId));
            gift.AppendLine(GiftComments.Format(GiftComments.Quote, evidence.Quote));
        }

        gift.Append("::").Append(GiftText.Escape(question.Id)).Append("::").Append(GiftText.Escape(question.Prompt));
        var feedback = question.Explanation.Length > 0 ? "####" + GiftText.Escape(question.Explanation) : "";
        if (question.Type == QuestionType.TrueFalse)
        {
            var isTrue = question.Options.Any(o => o.Correct && o.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
            gift.Append(" {").Append(isTrue ? "TRUE" : "FALSE").Append(feedback).AppendLine("}");
            return;
        }

        gift.AppendLine(" {");
        foreach (var line in AnswerLines(question))
        {
            gift.AppendLine(line);
        }

        if (feedback.Length > 0)
        {
            gift.AppendLine(feedback);
        }

        gift.AppendLine("}");
    }

    private static IEnumerable<string> AnswerLines(Question question)
    {
        var correct = Math.Max(1, question.Options.Count(o => o.Correct));
        // Our multi-select credit is right/k minus wrong/k; Moodle's weights ±100/k grade the same way.
        var weight = Math.Round(100m / correct, 5).ToString("0.#####", CultureInfo.InvariantCulture);
        return question.Options.Select((option, index) => question.Type switch
        {
            QuestionType.Order => $"={WeightGuard(option)}{GiftText.Escape(option.Text)} -> {index + 1}",
            QuestionType.Multi => $"~%{(option.Correct ? weight : "-" + weight)}%{GiftText.Escape(option.Text)}",
            _ => $"{(option.Correct ? '=' : '~')}{WeightGuard(option)}{GiftText.Escape(option.Text)}",
        });
    }

    // GIFT has no escape for '%': an answer text starting with one would be read as a weight, so it gets an
    // explicit weight in front that says what the marker already says.
    private static string WeightGuard(QuestionOption option) =>
        option.Text.StartsWith('%') ? (option.Correct ? "%100%" : "%0%") : "";
}
