namespace AleppoQuiz.Core.QuestionBank;

/// <summary>Turns the loose YAML shape into checked domain records and back.</summary>
internal static class QuizFileMapping
{
    public static Quiz ToQuiz(QuizFile file) => new()
    {
        Id = Required(file.Id, "id", null),
        Title = Required(file.Title, "title", null),
        Description = file.Description?.Trim() ?? "",
        Questions = (file.Questions ?? throw new QuizFormatException("the quiz has no 'questions'", null))
            .Select(ToQuestion)
            .ToArray(),
    };

    public static QuizFile FromQuiz(Quiz quiz) => new()
    {
        Id = quiz.Id,
        Title = quiz.Title,
        Description = quiz.Description.Length == 0 ? null : quiz.Description,
        Questions = quiz.Questions.Select(FromQuestion).ToList(),
    };

    private static Question ToQuestion(QuestionFile file, int index)
    {
        var id = Required(file.Id, "id", $"question #{index + 1}");
        var typeName = Required(file.Type, "type", id);
        var difficultyName = Required(file.Difficulty, "difficulty", id);
        return new Question
        {
            Id = id,
            Type = QuestionTypeNames.TryParse(typeName, out var type)
                ? type
                : throw new QuizFormatException($"unknown type '{typeName}' ({string.Join(", ", QuestionTypeNames.All)})", id),
            Skill = Required(file.Skill, "skill", id),
            Difficulty = Enum.TryParse<Difficulty>(difficultyName, ignoreCase: true, out var difficulty)
                ? difficulty
                : throw new QuizFormatException($"unknown difficulty '{difficultyName}' (easy, medium, hard)", id),
            TimeLimitSeconds = file.TimeLimit,
            Points = file.Points ?? Question.DefaultPoints,
            Prompt = Required(file.Prompt, "prompt", id),
            ShortPrompt = string.IsNullOrWhiteSpace(file.ShortPrompt) ? null : file.ShortPrompt.Trim(),
            Options = (file.Options ?? [])
                .Select(o => new QuestionOption(Required(o.Text, "options[].text", id), o.Correct))
                .ToArray(),
            AcceptedAnswers = (file.Accepted ?? []).Select(a => Required(a, "accepted[]", id)).ToArray(),
            KeepOrder = file.KeepOrder,
            Explanation = Required(file.Explanation, "explanation", id),
            Evidence = (file.Evidence ?? [])
                .Select(e => new Evidence(Required(e.Article, "evidence[].article", id), Required(e.Quote, "evidence[].quote", id)))
                .ToArray(),
            Passage = file.Passage is { } passage
                ? new Evidence(Required(passage.Article, "passage.article", id), Required(passage.Quote, "passage.quote", id))
                : null,
        };
    }

    private static QuestionFile FromQuestion(Question question) => new()
    {
        Id = question.Id,
        Type = QuestionTypeNames.ToName(question.Type),
        Skill = question.Skill,
        Difficulty = question.Difficulty.ToString().ToLowerInvariant(),
        TimeLimit = question.TimeLimitSeconds,
        Points = question.Points == Question.DefaultPoints ? null : question.Points,
        Prompt = question.Prompt,
        ShortPrompt = question.ShortPrompt,
        KeepOrder = question.KeepOrder,
        Options = question.Options.Count == 0
            ? null
            : question.Options.Select(o => new OptionFile { Text = o.Text, Correct = o.Correct }).ToList(),
        Accepted = question.AcceptedAnswers.Count == 0 ? null : question.AcceptedAnswers.ToList(),
        Explanation = question.Explanation,
        Evidence = question.Evidence.Select(e => new EvidenceFile { Article = e.ArticleId, Quote = e.Quote }).ToList(),
        Passage = question.Passage is { } passage ? new EvidenceFile { Article = passage.ArticleId, Quote = passage.Quote } : null,
    };

    private static string Required(string? value, string field, string? questionId) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new QuizFormatException($"'{field}' is missing", questionId)
            : value.Trim();
}
