using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Checks one question against the rules every quiz must keep, and resolves its evidence quotes to spans.
/// The same checks serve the bank loader, the command-line validator and the editor's inline findings.
/// </summary>
public static class QuestionValidator
{
    public const int MinOptions = 2;
    public const int MaxOptions = 6;
    public const int MinTimeLimitSeconds = 5;
    public const int MaxTimeLimitSeconds = 240;
    public const int MaxPoints = 10_000;

    public static QuestionCheck Check(Question question, IReadOnlyDictionary<string, ArticleDocument> articles)
    {
        var problems = new List<string>();
        CheckShape(question, problems);
        var evidence = question.Evidence.Select(e => Resolve(e, articles, problems)).ToArray();
        if (evidence.Length == 0)
        {
            problems.Add("a question needs at least one evidence quote");
        }

        var passage = question.Passage;
        if (question.Type == QuestionType.FindEvidence)
        {
            (passage, evidence) = FindEvidenceCheck.Check(question, evidence, articles, problems);
        }
        else if (passage is not null)
        {
            problems.Add("only a find-the-evidence question has a passage");
        }

        if (question.Skill == Skills.WhoSaidIt && evidence.Length > 0 && evidence.All(e => e.IsResolved))
        {
            CheckSpeakerInEvidence(question, evidence, articles, problems);
        }

        return new QuestionCheck(question with { Evidence = evidence, Passage = passage }, problems);
    }

    private static void CheckShape(Question question, List<string> problems)
    {
        if (!Skills.IsKnown(question.Skill))
        {
            problems.Add($"unknown skill '{question.Skill}' (known: {string.Join(", ", Skills.Names.Keys)})");
        }

        if (question.TimeLimitSeconds is < MinTimeLimitSeconds or > MaxTimeLimitSeconds)
        {
            problems.Add($"the time limit must be {MinTimeLimitSeconds}–{MaxTimeLimitSeconds} seconds, not {question.TimeLimitSeconds}");
        }

        if (question.Points is < 0 or > MaxPoints)
        {
            problems.Add($"points must be 0–{MaxPoints}, not {question.Points}");
        }

        if (question.Type == QuestionType.TypeAnswer)
        {
            CheckAccepted(question, problems);
        }
        else if (question.Type != QuestionType.FindEvidence && question.Options.Count is < MinOptions or > MaxOptions)
        {
            problems.Add($"a question needs {MinOptions}–{MaxOptions} options, not {question.Options.Count}");
        }

        if (question.Type != QuestionType.TypeAnswer && question.AcceptedAnswers.Count > 0)
        {
            problems.Add("only a type-answer question lists accepted answers");
        }

        CheckShortPrompt(question, problems);

        if (question.KeepOrder && !Question.CanKeepOrder(question.Type))
        {
            problems.Add("keepOrder applies to single, multi and true/false questions only");
        }

        var duplicate = question.Options
            .GroupBy(o => o.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"the option '{duplicate.Key}' appears more than once");
        }

        CheckCorrectCount(question, problems);
    }

    private static void CheckCorrectCount(Question question, List<string> problems)
    {
        var correct = question.Options.Count(o => o.Correct);
        switch (question.Type)
        {
            case QuestionType.Single when correct != 1:
                problems.Add($"a single-choice question needs exactly one correct option, not {correct}");
                break;
            case QuestionType.TrueFalse:
                if (correct != 1)
                {
                    problems.Add($"a true/false question needs exactly one correct option, not {correct}");
                }

                var texts = question.Options.Select(o => o.Text.Trim().ToLowerInvariant()).Order().ToArray();
                if (!texts.SequenceEqual(["false", "true"]))
                {
                    problems.Add("a true/false question has exactly the options 'True' and 'False'");
                }

                break;
            case QuestionType.Multi when correct < 2 || correct == question.Options.Count:
                problems.Add("a multi-select question needs at least two correct options and at least one wrong one");
                break;
            case QuestionType.Order when correct > 0:
                problems.Add("an ordering question lists its options in the correct order and marks none correct");
                break;
            case QuestionType.Order when question.Options.Count < 3:
                problems.Add("an ordering question needs at least three options");
                break;
            case QuestionType.Poll when correct > 0:
                problems.Add("a poll has no right answer, so no option is marked correct");
                break;
        }
    }

    public const int MaxAcceptedAnswers = 10;
    public const int MaxAcceptedAnswerLength = 60;

    // A short prompt exists for tools that cap a question's length; one as long as the prompt helps nobody.
    private static void CheckShortPrompt(Question question, List<string> problems)
    {
        if (question.ShortPrompt is not { } shortPrompt)
        {
            return;
        }

        if (shortPrompt.Length > Question.ShortPromptMaxLength)
        {
            problems.Add($"the short prompt has {shortPrompt.Length} characters; it can have at most {Question.ShortPromptMaxLength}");
        }
        else if (shortPrompt.Length >= question.Prompt.Length)
        {
            problems.Add("the short prompt is no shorter than the prompt: leave it out");
        }
    }

    private static void CheckAccepted(Question question, List<string> problems)
    {
        if (question.Options.Count > 0)
        {
            problems.Add("a type-answer question has no options; list what it accepts under 'accepted'");
        }

        var accepted = question.AcceptedAnswers;
        if (accepted.Count is 0 or > MaxAcceptedAnswers)
        {
            problems.Add($"a type-answer question needs 1–{MaxAcceptedAnswers} accepted answers, not {accepted.Count}");
        }

        if (accepted.FirstOrDefault(a => a.Trim().Length is 0 or > MaxAcceptedAnswerLength) is { } bad)
        {
            problems.Add($"an accepted answer is 1–{MaxAcceptedAnswerLength} characters, not '{Shorten(bad)}'");
        }
    }

    internal static Evidence Resolve(
        Evidence evidence, IReadOnlyDictionary<string, ArticleDocument> articles, List<string> problems)
    {
        if (!articles.TryGetValue(evidence.ArticleId, out var article))
        {
            problems.Add($"evidence names an unknown article '{evidence.ArticleId}'");
            return evidence;
        }

        // A span already pinned (a selection in the editor) stands if the article still reads the same there.
        if (evidence.IsResolved && evidence.End <= article.Text.Length
            && string.CompareOrdinal(article.Text, evidence.Start, evidence.Quote, 0, evidence.Quote.Length) == 0
            && evidence.End - evidence.Start == evidence.Quote.Length)
        {
            return evidence;
        }

        var start = article.Text.IndexOf(evidence.Quote, StringComparison.Ordinal);
        if (start < 0)
        {
            problems.Add($"the quote \"{Shorten(evidence.Quote)}\" is not found verbatim in article '{article.Id}'{Divergence(article.Text, evidence.Quote)}");
            return evidence;
        }

        return evidence with { Start = start, End = start + evidence.Quote.Length };
    }

    // A who-said question teaches quote → speaker, so its answer must be visible where the evidence points.
    private static void CheckSpeakerInEvidence(
        Question question, Evidence[] evidence, IReadOnlyDictionary<string, ArticleDocument> articles, List<string> problems)
    {
        var paragraphs = evidence.Select(e => ParagraphAround(articles[e.ArticleId].Text, e.Start, e.End)).ToArray();
        foreach (var answer in question.Options.Where(o => o.Correct))
        {
            if (!paragraphs.Any(p => SpeakerName.AppearsIn(answer.Text, p)))
            {
                problems.Add($"the answer '{answer.Text}' does not appear in the paragraph of any of its evidence quotes: " +
                    "write the speaker's name as the article spells it (the title may differ), or quote the paragraph that names them");
            }
        }

        // A typed answer may be a spelling the article does not use; one of the accepted forms must be there.
        var accepted = question.AcceptedAnswers;
        if (accepted.Count > 0
            && !accepted.Any(a => paragraphs.Any(p => p.Contains(a.Trim(), StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"none of the accepted answers ('{accepted[0]}', …) appears in the paragraph of any of its evidence quotes");
        }
    }

    private static string ParagraphAround(string text, int start, int end)
    {
        var from = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var to = text.IndexOf('\n', end);
        return text[from..(to < 0 ? text.Length : to)];
    }

    // Says where a near-miss quote parts from the article, so a one-word slip is found at a glance.
    private static string Divergence(string text, string quote)
    {
        int low = 0, high = quote.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (text.Contains(quote[..mid], StringComparison.Ordinal))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low < 10)
        {
            return "";
        }

        var at = text.IndexOf(quote[..low], StringComparison.Ordinal) + low;
        var wordStart = quote.LastIndexOf(' ', low - 1) + 1;
        var articleWords = text[(at - (low - wordStart))..Math.Min(text.Length, at + 20)].Split('\n')[0];
        var quoteWords = quote[wordStart..Math.Min(quote.Length, low + 20)];
        return $": after \"{Shorten(quote[..wordStart].TrimEnd(), fromEnd: true)}\" the article reads \"{articleWords}…\" but the quote has \"{quoteWords}…\"";
    }

    private static string Shorten(string quote, bool fromEnd) =>
        quote.Length <= 40 ? quote : (fromEnd ? "…" + quote[^39..] : quote[..39] + "…");

    internal static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}

public sealed record QuestionCheck(Question Question, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
