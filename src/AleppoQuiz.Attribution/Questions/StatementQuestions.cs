using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>"Attributed or asserted?": reporter's own sentences against reported statements.</summary>
internal static class StatementQuestions
{
    private const int PerArticle = 2;

    public static IEnumerable<QuestionDraft> AttributedOrAsserted(IReadOnlyList<ArticleAnalysis> articles)
    {
        var speakers = QuoteQuestions.KnownSpeakers(articles);
        foreach (var analysis in articles)
        {
            var outlet = analysis.Article.Outlet;
            var asserted = $"Asserted by {outlet}, no source named";
            // Reporter's sentences with a number or a claim of fact make the sharpest contrast.
            foreach (var assertion in analysis.Assertions.OrderByDescending(a => a.Sentence.Text.Any(char.IsDigit)).ThenBy(a => a.Sentence.Start).Take(PerArticle))
            {
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.AttributedOrAsserted,
                    $"In the {outlet} report, who is the source of: \"{QuestionDrafter.Shorten(assertion.Sentence.Text, 24)}\"",
                    asserted,
                    QuestionDrafter.Distractors(asserted, speakers.Take(3).Select(s => $"Attributed to {s}")),
                    [Evidence.From(analysis.Article.Id, assertion.Sentence)]);
            }

            var reported = analysis.Attributions
                .Where(a => a.Kind != Attributions.AttributionKind.DirectQuote && QuoteQuestions.IsUsableSpeaker(a.Speaker) && a.Content.Text.Split(' ').Length >= 6)
                .Take(PerArticle);
            foreach (var attribution in reported)
            {
                var answer = $"Attributed to {attribution.Speaker}";
                var others = speakers.Where(s => s != attribution.Speaker).Take(2).Select(s => $"Attributed to {s}").Prepend(asserted);
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.AttributedOrAsserted,
                    $"In the {outlet} report, who is the source of: \"{QuestionDrafter.Shorten(attribution.Content.Text, 24)}\"",
                    answer,
                    QuestionDrafter.Distractors(answer, others),
                    [Evidence.From(analysis.Article.Id, attribution.Content), Evidence.From(analysis.Article.Id, attribution.Cue)]);
            }
        }
    }
}
