using System.Globalization;
using System.Text;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Writes a quiz as Moodle GIFT. Moodle reads the questions, answers and the explanation with the evidence quotes
/// under it; Moodle's own <c>// [id:…]</c> and <c>// [tag:…]</c> comments carry the id, skill and difficulty, and our
/// comment lines carry the rest (time limit, points, evidence) so that our own import gets back exactly what was
/// written. A question whose text holds "->" (GIFT's matching arrow) or starts like a format marker is written in
/// GIFT's [html] format, where the arrow is "-&amp;gt;" and nothing is mistaken for syntax.
/// </summary>
internal static class GiftWriter
{
    public static string Write(Quiz quiz, ExportOptions options, List<ExportNote> notes)
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
            WriteQuestion(gift, question, options);
            if (question.Type == QuestionType.Order)
            {
                notes.Add(new ExportNote(question.Id,
                    "GIFT cannot express order: written as a matching question pairing each item with its position, which Moodle scores per pair",
                    Skipped: false));
            }
        }

        return gift.ToString();
    }

    private static void WriteQuestion(StringBuilder gift, Question question, ExportOptions options)
    {
        gift.AppendLine(GiftComments.MoodleField("id", question.Id));
        gift.AppendLine(GiftComments.MoodleField("tag", MoodleXml.MoodleXmlFields.SkillTag + question.Skill));
        gift.AppendLine(GiftComments.MoodleField("tag", MoodleXml.MoodleXmlFields.DifficultyTag + question.Difficulty.ToString().ToLowerInvariant()));
        gift.AppendLine(GiftComments.Format(GiftComments.TimeLimit, question.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture)));
        gift.AppendLine(GiftComments.Format(GiftComments.Points, question.Points.ToString(CultureInfo.InvariantCulture)));
        if (question.KeepOrder)
        {
            gift.AppendLine(GiftComments.Format(GiftComments.KeepOrder, "true"));
        }

        if (question.ShortPrompt is { } shortPrompt)
        {
            gift.AppendLine(GiftComments.Format(GiftComments.ShortPrompt, shortPrompt));
        }

        foreach (var evidence in question.Evidence)
        {
            gift.AppendLine(GiftComments.Format(GiftComments.Evidence, evidence.ArticleId));
            gift.AppendLine(GiftComments.Format(GiftComments.Quote, evidence.Quote));
        }

        var html = NeedsHtml(question);
        string Text(string text) => GiftText.Escape(html ? HtmlText.ToHtml(text) : text);
        gift.Append("::").Append(GiftText.Escape(question.Id)).Append("::").Append(html ? GiftFormat.Html : "").Append(Text(question.Prompt));
        var explanation = EvidenceFeedback.WithEvidence(question.Explanation, question.Evidence, options);
        var feedback = explanation.Length > 0 ? "####" + Text(explanation) : "";
        if (question.Type == QuestionType.TrueFalse)
        {
            var isTrue = question.Options.Any(o => o.Correct && o.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
            gift.Append(" {").Append(isTrue ? "TRUE" : "FALSE").Append(feedback).AppendLine("}");
            return;
        }

        gift.AppendLine(" {");
        foreach (var line in AnswerLines(question, Text))
        {
            gift.AppendLine(line);
        }

        if (feedback.Length > 0)
        {
            gift.AppendLine(feedback);
        }

        gift.AppendLine("}");
    }

    private static bool NeedsHtml(Question question) =>
        GiftFormat.LooksMarked(question.Prompt)
        || question.Options.Select(o => o.Text).Concat(question.AcceptedAnswers)
            .Any(t => t.Contains("->", StringComparison.Ordinal) || GiftFormat.LooksMarked(t));

    private static IEnumerable<string> AnswerLines(Question question, Func<string, string> text)
    {
        // A type-answer question is Moodle's short answer: every accepted spelling is a right answer.
        if (question.Type == QuestionType.TypeAnswer)
        {
            return question.AcceptedAnswers.Select(answer => $"={WeightGuard(new QuestionOption(answer, true))}{text(answer)}");
        }

        var correct = Math.Max(1, question.Options.Count(o => o.Correct));
        // Our multi-select credit is right/k minus wrong/k; Moodle's weights ±100/k grade the same way.
        var weight = Math.Round(100m / correct, 5).ToString("0.#####", CultureInfo.InvariantCulture);
        return question.Options.Select((option, index) => question.Type switch
        {
            QuestionType.Order => $"={WeightGuard(option)}{text(option.Text)} -> {index + 1}",
            QuestionType.Multi => $"~%{(option.Correct ? weight : "-" + weight)}%{text(option.Text)}",
            _ => $"{(option.Correct ? '=' : '~')}{WeightGuard(option)}{text(option.Text)}",
        });
    }

    // GIFT has no escape for '%': an answer text starting with one would be read as a weight, so it gets an
    // explicit weight in front that says what the marker already says.
    private static string WeightGuard(QuestionOption option) =>
        option.Text.StartsWith('%') ? (option.Correct ? "%100%" : "%0%") : "";
}
