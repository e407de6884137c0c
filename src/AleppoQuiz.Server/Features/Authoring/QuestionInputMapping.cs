using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// Turns editor input into a checked bank question: shape errors first (unknown type, missing text), then the
/// same validator the built-in bank must pass, so a teacher's question keeps the same rules as ours.
/// </summary>
internal static class QuestionInputMapping
{
    public static QuestionCheck Check(string id, QuestionInput input, IReadOnlyDictionary<string, ArticleDocument> articles)
    {
        var problems = new List<string>();
        if (!QuestionTypeNames.TryParse(input.Type ?? "", out var type))
        {
            problems.Add($"choose a question type ({string.Join(", ", QuestionTypeNames.All)})");
        }

        if (!Enum.TryParse<Difficulty>(input.Difficulty ?? "", ignoreCase: true, out var difficulty))
        {
            problems.Add("choose a difficulty (easy, medium, hard)");
        }

        if (string.IsNullOrWhiteSpace(input.Prompt))
        {
            problems.Add("write the question");
        }

        if (string.IsNullOrWhiteSpace(input.Explanation))
        {
            problems.Add("write an explanation for the reveal");
        }

        var texts = new[] { input.Prompt, input.Explanation, input.Skill }
            .Concat((input.Options ?? []).Select(o => o.Text))
            .Concat(input.Accepted ?? [])
            .Concat((input.Evidence ?? []).Select(e => e.Quote))
            .Append(input.Passage?.Quote);
        if (texts.Any(AuthoringText.HasControlCharacters))
        {
            problems.Add("remove the invisible control characters from the text (pasted from another program?)");
        }

        var options = (input.Options ?? []).Select(o => new QuestionOption(o.Text?.Trim() ?? "", o.Correct)).ToArray();
        if (options.Any(o => o.Text.Length == 0))
        {
            problems.Add("every option needs text");
        }

        var accepted = (input.Accepted ?? []).Select(a => a?.Trim() ?? "").ToArray();
        if (accepted.Any(a => a.Length == 0))
        {
            problems.Add("every accepted answer needs text");
        }

        var question = new Question
        {
            Id = id,
            Type = type,
            Skill = input.Skill?.Trim() ?? "",
            Difficulty = difficulty,
            TimeLimitSeconds = input.TimeLimitSeconds,
            Points = input.Points ?? Question.DefaultPoints,
            Prompt = input.Prompt?.Trim() ?? "",
            ShortPrompt = string.IsNullOrWhiteSpace(input.ShortPrompt) ? null : input.ShortPrompt.Trim(),
            Options = options,
            AcceptedAnswers = accepted.Where(a => a.Length > 0).ToArray(),
            KeepOrder = input.KeepOrder,
            Explanation = input.Explanation?.Trim() ?? "",
            Evidence = (input.Evidence ?? []).Select(e => PinEvidence(e, articles)).ToArray(),
            Passage = input.Passage is { } passage ? PinEvidence(passage, articles) : null,
        };
        var check = QuestionValidator.Check(question, articles);
        return check with { Problems = [.. problems, .. check.Problems] };
    }

    /// <summary>The <see cref="QuizLimits"/> a question must keep before it is even checked.</summary>
    public static LimitBreach? CheckLimits(QuestionInput input) => QuizLimits.CheckQuestion(
        input.Prompt, input.Explanation,
        [input.Type, input.Skill, input.Difficulty, .. (input.Evidence ?? []).Select(e => e.ArticleId), input.Passage?.ArticleId],
        (input.Options ?? []).Select(o => o.Text).ToArray(),
        [.. (input.Evidence ?? []).Select(e => e.Quote), .. input.Passage is null ? [] : new[] { input.Passage.Quote }], input.ShortPrompt);

    // The validator finds a quote's first occurrence; a selection made further down the article is kept where it was.
    private static Evidence PinEvidence(EvidenceInput input, IReadOnlyDictionary<string, ArticleDocument> articles)
    {
        var articleId = input.ArticleId ?? "";
        var quote = input.Quote ?? "";
        if (input.Start is { } start && articles.TryGetValue(articleId, out var article)
            && start >= 0 && start + quote.Length <= article.Text.Length
            && string.CompareOrdinal(article.Text, start, quote, 0, quote.Length) == 0)
        {
            return new Evidence(articleId, quote, start, start + quote.Length);
        }

        return new Evidence(articleId, quote);
    }
}
