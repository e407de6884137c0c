using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// The rules of a find-the-evidence question: a passage of whole sentences or paragraphs from one article, and
/// a first evidence quote that lies inside it, on word boundaries, shorter than the passage.
/// </summary>
internal static class FindEvidenceCheck
{
    /// <summary>The passage and evidence resolved to spans, the evidence pinned inside the passage where it can be.</summary>
    public static (Evidence? Passage, Evidence[] Evidence) Check(
        Question question, Evidence[] evidence, IReadOnlyDictionary<string, ArticleDocument> articles, List<string> problems)
    {
        if (question.Options.Count > 0)
        {
            problems.Add("a find-the-evidence question has no options: its words are the passage's");
        }

        if (question.Passage is null)
        {
            problems.Add("a find-the-evidence question needs a passage: the paragraphs or sentences the student reads");
            return (null, evidence);
        }

        var passage = QuestionValidator.Resolve(question.Passage, articles, problems);
        if (!passage.IsResolved || evidence.Length == 0)
        {
            return (passage, evidence);
        }

        var text = articles[passage.ArticleId].Text;
        CheckWholeSentences(text, passage, problems);
        var words = PassageWords.Split(passage.Quote);
        if (words.Words.Count > GameQuizValidator.MaxPassageWords)
        {
            problems.Add($"the passage has {words.Words.Count} words; keep it to {GameQuizValidator.MaxPassageWords} so it reads on a phone");
        }

        var target = evidence[0];
        if (!target.IsResolved)
        {
            // Not in the article at all: that was already reported, and saying "not in the passage" too adds nothing.
            return (passage, evidence);
        }

        if (target.ArticleId != passage.ArticleId)
        {
            problems.Add($"the evidence to find quotes article '{target.ArticleId}' but the passage is from '{passage.ArticleId}'");
            return (passage, evidence);
        }

        var inside = InsidePassage(target, passage);
        if (inside is null)
        {
            problems.Add($"the evidence \"{QuestionValidator.Shorten(target.Quote)}\" is not inside the passage: " +
                "the words to find must be quoted from the passage itself");
            return (passage, evidence);
        }

        evidence[0] = inside;
        var span = words.WordsOf(inside.Start - passage.Start, inside.End - passage.Start);
        if (span is null)
        {
            problems.Add("the evidence starts or ends in the middle of a word: quote whole words");
        }
        else if (span.Value.Last - span.Value.First + 1 == words.Words.Count)
        {
            problems.Add("the evidence is the whole passage, so there is nothing to find: quote more of the article around it");
        }

        return (passage, evidence);
    }

    // The evidence's own span if it is inside the passage, or its first occurrence inside the passage.
    private static Evidence? InsidePassage(Evidence target, Evidence passage)
    {
        if (target.IsResolved && target.Start >= passage.Start && target.End <= passage.End)
        {
            return target;
        }

        var at = passage.Quote.IndexOf(target.Quote, StringComparison.Ordinal);
        return at < 0 ? null : target with { Start = passage.Start + at, End = passage.Start + at + target.Quote.Length };
    }

    // A passage cut mid-sentence would hide who is speaking, the very thing the student looks for.
    private static void CheckWholeSentences(string text, Evidence passage, List<string> problems)
    {
        var before = text[..passage.Start].TrimEnd(' ');
        var startsWhole = before.Length == 0 || before[^1] == '\n' || EndsWithSentenceEnd(before);
        var after = passage.End >= text.Length ? "" : text[passage.End..];
        var endsWhole = after.Length == 0 || after[0] == '\n' || (EndsWithSentenceEnd(passage.Quote) && after[0] == ' ');
        if (!startsWhole || !endsWhole)
        {
            problems.Add("the passage must be whole sentences or paragraphs of the article: start and end it where a sentence does");
        }
    }

    private static bool EndsWithSentenceEnd(string text) =>
        text.TrimEnd('"', '\'', '”', '’', ')') is { Length: > 0 } core && core[^1] is '.' or '!' or '?';
}
