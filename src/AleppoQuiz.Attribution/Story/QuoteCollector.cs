using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Story;

/// <summary>
/// Lists the quotations of an article with their speaker. A quotation inside an attribution's content takes
/// its speaker; a paragraph that is nothing but a quotation, right after a paragraph whose last quotation has
/// a speaker, continues that speaker (news style for a long quote split over paragraphs).
/// </summary>
public static class QuoteCollector
{
    public const int MinimumWords = 4;

    public static IReadOnlyList<AttributedQuote> Collect(string articleId, string text, IReadOnlyList<SpeechAttribution> attributions)
    {
        var analyzed = new AnalyzedText(text);
        var quotes = new List<AttributedQuote>();
        AttributedQuote? previous = null;
        foreach (var quotation in analyzed.Quotations)
        {
            var words = Enumerable.Range(quotation.OpenToken, quotation.CloseToken - quotation.OpenToken + 1)
                .Count(i => analyzed.Tokens[i].IsWord);
            if (words < MinimumWords)
            {
                continue;
            }

            var span = quotation.Span;
            var piece = new SpanText(span.Start, span.End, span.Slice(text));
            var owner = attributions
                .Where(a => a.ContentFragments.Any(f => f.Start <= span.Start && span.End <= f.End))
                .OrderBy(a => a.Content.End - a.Content.Start)
                .FirstOrDefault();
            var quote = owner is not null
                ? new AttributedQuote(articleId, piece, owner.Speaker, owner)
                : new AttributedQuote(articleId, piece, ContinuedSpeaker(analyzed, quotation, previous), null);
            quotes.Add(quote);
            previous = quote;
        }

        return quotes;
    }

    private static string? ContinuedSpeaker(AnalyzedText analyzed, Quotation quotation, AttributedQuote? previous)
    {
        var opensParagraph = analyzed.Tokens[quotation.OpenToken].NewlineBefore;
        var sentence = analyzed.SentenceOf(quotation.CloseToken);
        var endsParagraph = quotation.CloseToken + 1 >= analyzed.Tokens.Count || analyzed.Tokens[quotation.CloseToken + 1].NewlineBefore
            || (quotation.CloseToken + 2 >= analyzed.Tokens.Count || analyzed.Tokens[quotation.CloseToken + 2].NewlineBefore) && sentence.Last <= quotation.CloseToken + 1;
        return opensParagraph && endsParagraph && previous is not null ? previous.Speaker : null;
    }
}
