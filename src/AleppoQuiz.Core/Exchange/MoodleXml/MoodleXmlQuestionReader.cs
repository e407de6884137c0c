using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.MoodleXml.MoodleXmlFields;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>One importable Moodle question: its texts, answers by type, and our fields where we wrote them.</summary>
internal static class MoodleXmlQuestionReader
{
    public static Question Read(MoodleXmlElement question, string type, ImportOptions options)
    {
        var answers = question.Children("answer").ToArray();
        if (answers.Length == 0)
        {
            throw question.Error($"the {type} question '{Name(question)}' has no <answer> elements");
        }

        var (kind, choices) = type switch
        {
            "truefalse" => TrueFalse(question, answers),
            "ordering" => (QuestionType.Order, Ordering(answers)),
            // Answers worth less than 100% earn part marks in Moodle, which the game cannot give.
            "shortanswer" => (QuestionType.TypeAnswer, answers.Where(a => Fraction(a) >= 99.99m).Select(a => new QuestionOption(AnswerText(a), true)).ToArray()),
            _ => MultipleChoice(question, answers),
        };
        if (kind == QuestionType.TypeAnswer && choices.Count == 0)
        {
            throw question.Error($"no answer of the short-answer question '{Name(question)}' is worth 100%");
        }

        var tags = question.Child("tags")?.Children("tag").Select(t => (Tag: t, Text: t.Text?.Trim() ?? "")).ToArray() ?? [];
        var grade = question.Child("defaultgrade");
        var evidence = (question.Child(ExtensionElement)?.Children(EvidenceElement) ?? [])
            .Select(e => new Evidence(e.Attribute(ArticleAttribute)?.Trim() ?? "", e.Element.Value.Trim()))
            .ToArray();
        return new Question
        {
            Id = question.Child("idnumber")?.Element.Value.Trim() is { Length: > 0 } id ? id : Name(question),
            Type = kind,
            Skill = Tagged(tags, SkillTag) ?? options.DefaultSkill,
            Difficulty = Tagged(tags, DifficultyTag) is { } level
                ? Enum.TryParse<Difficulty>(level, ignoreCase: true, out var d) && !int.TryParse(level, out _)
                    ? d
                    : throw TagOf(tags, DifficultyTag).Error($"unknown difficulty '{level}' (easy, medium, hard)")
                : options.DefaultDifficulty,
            TimeLimitSeconds = Tagged(tags, TimeLimitTag) is { } seconds
                ? int.TryParse(seconds, out var limit) ? limit : throw TagOf(tags, TimeLimitTag).Error($"'{seconds}' is not a whole number of seconds")
                : options.DefaultTimeLimitSeconds,
            Points = grade is null ? Question.DefaultPoints
                : TryDecimal(grade.Value.Element.Value, out var mark) ? (int)Math.Round(mark * PointsPerMark)
                : throw grade.Value.Error($"'{grade.Value.Element.Value}' is not a number"),
            Prompt = question.Child("questiontext")?.PlainText() ?? "",
            Options = kind == QuestionType.TypeAnswer ? [] : choices,
            AcceptedAnswers = kind == QuestionType.TypeAnswer ? choices.Select(c => c.Text).ToArray() : [],
            KeepOrder = kind is QuestionType.Single or QuestionType.Multi
                && question.Child("shuffleanswers")?.Element.Value.Trim().ToLowerInvariant() is "false" or "0",
            Explanation = EvidenceFeedback.WithoutEvidence(question.Child("generalfeedback")?.PlainText() ?? "", evidence),
            Evidence = evidence,
        };
    }

    private static (QuestionType, IReadOnlyList<QuestionOption>) MultipleChoice(MoodleXmlElement question, MoodleXmlElement[] answers)
    {
        var single = question.Child("single")?.Element.Value.Trim().ToLowerInvariant() is not ("false" or "0");
        var options = answers.Select(a => new QuestionOption(AnswerText(a), single ? Fraction(a) >= 99.99m : Fraction(a) > 0)).ToArray();
        var correct = options.Count(o => o.Correct);
        return correct == 0
            ? throw question.Error($"no answer of '{Name(question)}' has a positive fraction, so none is right")
            : (single || correct == 1 ? QuestionType.Single : QuestionType.Multi, options);
    }

    private static (QuestionType, IReadOnlyList<QuestionOption>) TrueFalse(MoodleXmlElement question, MoodleXmlElement[] answers)
    {
        var right = answers.Where(a => Fraction(a) >= 99.99m).Select(a => AnswerText(a).ToLowerInvariant()).ToArray();
        return right is ["true"] or ["false"]
            ? (QuestionType.TrueFalse, [new QuestionOption("True", right[0] == "true"), new QuestionOption("False", right[0] == "false")])
            : throw question.Error("a truefalse question needs exactly one of its answers 'true' and 'false' at fraction 100");
    }

    // The ordering plugin stores each item's correct position (1, 2, 3…) in its fraction.
    private static QuestionOption[] Ordering(MoodleXmlElement[] answers) => answers
        .Select(a => (Position: Fraction(a), Text: AnswerText(a)))
        .OrderBy(x => x.Position)
        .Select(x => new QuestionOption(x.Text, false))
        .ToArray();

    private static decimal Fraction(MoodleXmlElement answer) =>
        TryDecimal(answer.Attribute("fraction") ?? "0", out var fraction)
            ? fraction
            : throw answer.Error($"the fraction '{answer.Attribute("fraction")}' is not a number");

    private static string AnswerText(MoodleXmlElement answer) =>
        answer.PlainText(defaultFormat: "moodle_auto_format") is { Length: > 0 } text ? text : throw answer.Error("the answer has no text");

    private static string Name(MoodleXmlElement question) => question.Child("name")?.Text?.Trim() ?? "";

    private static string? Tagged((MoodleXmlElement Tag, string Text)[] tags, string prefix) =>
        tags.LastOrDefault(t => t.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Text?[prefix.Length..].Trim();

    private static MoodleXmlElement TagOf((MoodleXmlElement Tag, string Text)[] tags, string prefix) =>
        tags.Last(t => t.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Tag;
}
