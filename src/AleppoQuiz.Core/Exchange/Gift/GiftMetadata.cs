using System.Globalization;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Collects the metadata comments of a GIFT file: quiz-level keys for the whole file, question-level keys for
/// the next question. A plain Moodle file has none, and the import options' defaults fill the gaps.
/// </summary>
internal sealed class GiftMetadata
{
    private readonly List<Evidence> evidence = [];
    private string? skill;
    private Difficulty? difficulty;
    private int? timeLimit;
    private int? points;

    public string? QuizId { get; private set; }

    public string? QuizTitle { get; private set; }

    public string? QuizDescription { get; private set; }

    public void Read(GiftLine comment)
    {
        if (!GiftComments.TryParse(comment.Text, out var key, out var value))
        {
            return;
        }

        switch (key)
        {
            case GiftComments.QuizId: QuizId = value; break;
            case GiftComments.QuizTitle: QuizTitle = value; break;
            case GiftComments.QuizDescription: QuizDescription = value; break;
            case GiftComments.Skill: skill = value; break;
            case GiftComments.Difficulty:
                difficulty = Enum.TryParse<Difficulty>(value, ignoreCase: true, out var level) && !int.TryParse(value, out _)
                    ? level
                    : throw ExchangeFormatException.AtLine(comment.Number, $"unknown difficulty '{value}' (easy, medium, hard)");
                break;
            case GiftComments.TimeLimit: timeLimit = Number(comment, key, value); break;
            case GiftComments.Points: points = Number(comment, key, value); break;
            case GiftComments.Evidence: evidence.Add(new Evidence(value, "")); break;
            case GiftComments.Quote:
                if (evidence.Count == 0 || evidence[^1].Quote.Length > 0)
                {
                    throw ExchangeFormatException.AtLine(comment.Number, "a '// quote:' line must follow its '// evidence: article' line");
                }

                evidence[^1] = evidence[^1] with { Quote = value };
                break;
        }
    }

    /// <summary>Builds a question from its parsed text and the metadata read since the last question.</summary>
    public Question TakeQuestion(GiftQuestionText text, ImportOptions options, int line)
    {
        if (evidence.Any(e => e.Quote.Length == 0))
        {
            throw ExchangeFormatException.AtLine(line, "an '// evidence:' line has no '// quote:' line after it");
        }

        var question = new Question
        {
            Id = text.Title ?? "",
            Type = text.Type,
            Skill = skill ?? options.DefaultSkill,
            Difficulty = difficulty ?? options.DefaultDifficulty,
            TimeLimitSeconds = timeLimit ?? options.DefaultTimeLimitSeconds,
            Points = points ?? Question.DefaultPoints,
            Prompt = text.Prompt,
            Options = text.Options,
            Explanation = text.Explanation,
            Evidence = evidence.ToArray(),
        };
        evidence.Clear();
        (skill, difficulty, timeLimit, points) = (null, null, null, null);
        return question;
    }

    private static int Number(GiftLine comment, string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ExchangeFormatException.AtLine(comment.Number, $"'{key}' must be a whole number, not '{value}'");
}
