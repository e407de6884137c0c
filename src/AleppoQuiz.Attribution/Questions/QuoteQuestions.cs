using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>"Who said it?" and "Which outlet carried it?" from the story's quotations.</summary>
internal static class QuoteQuestions
{
    private const int MinimumQuoteWords = 6;

    public static IEnumerable<QuestionDraft> WhoSaid(IReadOnlyList<ArticleAnalysis> articles)
    {
        var speakers = SpeakerDistractors.From(articles);
        var texts = articles.ToDictionary(a => a.Article.Id, a => a.Article.Text);
        var certain = QuotesWithSpeakers(articles).Where(q => QuoteCertainty.IsCertain(q, texts[q.ArticleId]));
        foreach (var group in certain.GroupBy(q => Normalise(q.Quote.Text)))
        {
            var quote = group.First();
            var distractors = speakers.For(quote.Speaker!, quote.Quote.Text);
            if (distractors.Count < 2)
            {
                continue;
            }

            yield return new QuestionDraft(
                string.Empty,
                QuestionKind.WhoSaid,
                $"Who said: {QuestionDrafter.Shorten(quote.Quote.Text)}",
                quote.Speaker!,
                distractors,
                group.Select(q => Evidence.From(q.ArticleId, q.Quote)).ToList());
        }
    }

    public static IEnumerable<QuestionDraft> WhichOutlet(IReadOnlyList<ArticleAnalysis> articles)
    {
        var outlets = articles.Select(a => a.Article.Outlet).Distinct().ToList();
        var outletOf = articles.ToDictionary(a => a.Article.Id, a => a.Article.Outlet);
        foreach (var group in QuotesWithSpeakers(articles).GroupBy(q => Normalise(q.Quote.Text)))
        {
            var carriedBy = group.Select(q => outletOf[q.ArticleId]).Distinct().ToList();
            if (carriedBy.Count != 1 || outlets.Count < 3)
            {
                continue; // a quote in several outlets has no single right answer
            }

            var quote = group.First();
            yield return new QuestionDraft(
                string.Empty,
                QuestionKind.WhichOutlet,
                $"Which outlet quoted {quote.Speaker} saying: {QuestionDrafter.Shorten(quote.Quote.Text)}",
                carriedBy[0],
                QuestionDrafter.Distractors(carriedBy[0], outlets),
                [Evidence.From(quote.ArticleId, quote.Quote)]);
        }
    }

    /// <summary>Speakers worth offering as options: named people and bodies, not bare pronouns.</summary>
    internal static bool IsUsableSpeaker(string? speaker) =>
        speaker is { Length: > 2 } && !SpeakerNames.Pronouns.Contains(speaker) && char.IsLetter(speaker[0]);

    private static IEnumerable<AttributedQuote> QuotesWithSpeakers(IReadOnlyList<ArticleAnalysis> articles) =>
        articles.SelectMany(a => a.Quotes)
            .Where(q => IsUsableSpeaker(q.Speaker) && q.Quote.Text.Split(' ').Length >= MinimumQuoteWords);

    /// <summary>Quote text compared across outlets: marks, case and punctuation ignored.</summary>
    internal static string Normalise(string quote) =>
        new(quote.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
