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
    private string? questionId;
    private bool keepOrder;
    private string? shortPrompt;

    public string? QuizId { get; private set; }

    public string? QuizTitle { get; private set; }

    public string? QuizDescription { get; private set; }

    public void Read(GiftLine comment)
    {
        foreach (var (name, value) in GiftComments.MoodleFields(comment.Text))
        {
            if (name == "id")
            {
                questionId = value;
            }
            else if (MoodleTag(value, MoodleXml.MoodleXmlFields.SkillTag) is { } tagged)
            {
                skill = tagged;
            }
            else if (MoodleTag(value, MoodleXml.MoodleXmlFields.DifficultyTag) is { } level)
            {
                difficulty = ParseDifficulty(comment, level);
            }
        }

        if (!GiftComments.TryParse(comment.Text, out var key, out var value2))
        {
            return;
        }

        Apply(comment, key, value2);
    }

    private static string? MoodleTag(string tag, string prefix) =>
        tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? tag[prefix.Length..].Trim() : null;

    private static Difficulty ParseDifficulty(GiftLine comment, string value) =>
        Enum.TryParse<Difficulty>(value, ignoreCase: true, out var level) && !int.TryParse(value, out _)
            ? level
            : throw ExchangeFormatException.AtLine(comment.Number, $"unknown difficulty '{value}' (easy, medium, hard)");

    private void Apply(GiftLine comment, string key, string value)
    {
        switch (key)
        {
            case GiftComments.QuizId: QuizId = value; break;
            case GiftComments.QuizTitle: QuizTitle = value; break;
            case GiftComments.QuizDescription: QuizDescription = value; break;
            case GiftComments.Skill: skill = value; break;
            case GiftComments.Difficulty: difficulty = ParseDifficulty(comment, value); break;
            case GiftComments.TimeLimit: timeLimit = Number(comment, key, value); break;
            case GiftComments.Points: points = Number(comment, key, value); break;
            case GiftComments.KeepOrder: keepOrder = value.Equals("true", StringComparison.OrdinalIgnoreCase); break;
            case GiftComments.ShortPrompt: shortPrompt = value.Length > 0 ? value : null; break;
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
            // Moodle's own "// [id:…]" is the question's id number; the title is only its name.
            Id = questionId ?? text.Title ?? "",
            Type = text.Type,
            Skill = skill ?? options.DefaultSkill,
            Difficulty = difficulty ?? options.DefaultDifficulty,
            TimeLimitSeconds = timeLimit ?? options.DefaultTimeLimitSeconds,
            Points = points ?? Question.DefaultPoints,
            Prompt = text.Prompt,
            ShortPrompt = shortPrompt,
            Options = text.Type == QuestionType.TypeAnswer ? [] : text.Options,
            AcceptedAnswers = text.Type == QuestionType.TypeAnswer ? text.Options.Select(o => o.Text).ToArray() : [],
            KeepOrder = keepOrder,
            Explanation = EvidenceFeedback.WithoutEvidence(text.Explanation, evidence),
            Evidence = evidence.ToArray(),
        };
        Discard();
        return question;
    }

    /// <summary>Forgets the question-level metadata read so far, when its question is not imported.</summary>
    public void Discard()
    {
        evidence.Clear();
        (skill, difficulty, timeLimit, points, questionId, keepOrder, shortPrompt) = (null, null, null, null, null, false, null);
    }

    private static int Number(GiftLine comment, string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ExchangeFormatException.AtLine(comment.Number, $"'{key}' must be a whole number, not '{value}'");
}
