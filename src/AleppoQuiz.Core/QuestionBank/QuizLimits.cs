namespace AleppoQuiz.Core.QuestionBank;

/// <summary>A quiz or question over one of the <see cref="QuizLimits"/>: a code for programs, a sentence for people.</summary>
public sealed record LimitBreach(string Code, string Message);

/// <summary>
/// The most a quiz may hold, in one place for every way a quiz arrives (the YAML import, the other exchange formats,
/// the editor). The limits sit far above any classroom quiz and far below what would strain the server; they are
/// checked before anything is mapped or stored. The validator's rules (2–6 options and so on) are findings a
/// teacher fixes; these are refusals.
/// </summary>
public static class QuizLimits
{
    public const int MaxQuestions = 200;
    public const int MaxOptions = 12;
    public const int MaxEvidence = 12;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxPromptLength = 1_000;
    public const int MaxOptionLength = 500;
    public const int MaxExplanationLength = 4_000;
    public const int MaxQuoteLength = 4_000;

    /// <summary>Ids, skills, types, difficulties and article ids are names, not prose.</summary>
    public const int MaxNameLength = 100;

    public const string TooManyQuestions = "too-many-questions";
    public const string TooManyOptions = "too-many-options";
    public const string TooMuchEvidence = "too-much-evidence";
    public const string TextTooLong = "text-too-long";

    public static LimitBreach? CheckQuiz(string? title, string? description, int questionCount) =>
        questionCount > MaxQuestions
            ? new(TooManyQuestions, $"A quiz can hold at most {MaxQuestions} questions, not {questionCount}.")
            : Length("the quiz title", title, MaxTitleLength) ?? Length("the quiz description", description, MaxDescriptionLength);

    public static LimitBreach? CheckQuestion(
        string? prompt, string? explanation, IReadOnlyCollection<string?> names, IReadOnlyCollection<string?> options, IReadOnlyCollection<string?> quotes,
        string? shortPrompt = null)
    {
        if (options.Count > MaxOptions)
        {
            return new(TooManyOptions, $"A question can have at most {MaxOptions} options, not {options.Count}.");
        }

        if (quotes.Count > MaxEvidence)
        {
            return new(TooMuchEvidence, $"A question can quote at most {MaxEvidence} pieces of evidence, not {quotes.Count}.");
        }

        return Length("a question", prompt, MaxPromptLength)
            ?? Length("a short prompt", shortPrompt, MaxPromptLength)
            ?? Length("an explanation", explanation, MaxExplanationLength)
            ?? names.Select(name => Length("a name or id", name, MaxNameLength)).FirstOrDefault(b => b is not null)
            ?? options.Select(option => Length("an option", option, MaxOptionLength)).FirstOrDefault(b => b is not null)
            ?? quotes.Select(quote => Length("an evidence quote", quote, MaxQuoteLength)).FirstOrDefault(b => b is not null);
    }

    /// <summary>Checks a whole quiz, for formats that are read straight into quizzes.</summary>
    public static LimitBreach? Check(Quiz quiz)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        return CheckQuiz(quiz.Title, quiz.Description, quiz.Questions.Count)
            ?? quiz.Questions.Select(q => CheckQuestion(
                    q.Prompt, q.Explanation, [q.Id, q.Skill],
                    q.Options.Select(o => o.Text).ToArray(),
                    [.. q.Evidence.Select(e => e.Quote), .. q.Passage is null ? [] : new[] { q.Passage.Quote }], q.ShortPrompt))
                .FirstOrDefault(b => b is not null);
    }

    private static LimitBreach? Length(string what, string? text, int limit) =>
        text is not null && text.Length > limit
            ? new(TextTooLong, $"The text of {what} can be at most {limit} characters, not {text.Length}.")
            : null;
}
