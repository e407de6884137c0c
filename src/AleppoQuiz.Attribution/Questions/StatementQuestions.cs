using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>"Attributed or asserted?": reporter's own sentences against reported statements.</summary>
internal static class StatementQuestions
{
    private const int PerArticle = 2;

    // A sentence the extractor left unattributed but that still reads as reported speech is not offered as
    // "asserted": a wrong answer key is worse than one question fewer.
    private static readonly string[] ReportingWords = [" said", " says", " told", "according to", " reported", " claimed", " accused", "reportedly"];

    // Boilerplate ("IE 11 is not supported") names nothing the other articles name.
    private static bool AboutTheStory(string sentence, HashSet<string> storyNames) =>
        sentence.Split(' ').Select(w => w.Trim('.', ',', '"')).Any(storyNames.Contains);

    /// <summary>Capitalised words used by at least two articles: the story's places, people and bodies.</summary>
    private static HashSet<string> SharedNames(IReadOnlyList<ArticleAnalysis> articles) =>
        articles.SelectMany(a => a.Article.Text.Split(' ', '\n').Select(w => w.Trim('.', ',', '"')).Where(w => w.Length > 3 && char.IsUpper(w[0])).Distinct().Select(w => (w, a.Article.Id)))
            .GroupBy(p => p.w).Where(g => g.Select(p => p.Id).Distinct().Count() >= 2 && !IsCommonOpener(g.Key)).Select(g => g.Key).ToHashSet();

    private static bool IsCommonOpener(string word) => word is "The" or "They" or "This" or "That" or "There" or "Some" or "With" or "After" or "When" or "Also" or "More";

    private static bool SoundsReported(string sentence) =>
        ReportingWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<QuestionDraft> AttributedOrAsserted(IReadOnlyList<ArticleAnalysis> articles)
    {
        var speakers = SpeakerDistractors.From(articles);
        var storyNames = SharedNames(articles);
        foreach (var analysis in articles)
        {
            var outlet = analysis.Article.Outlet;
            var asserted = $"Asserted by {outlet}, no source named";
            // Reporter's sentences with a number or a claim of fact make the sharpest contrast.
            var candidates = analysis.Assertions
                .Where(a => !SoundsReported(a.Sentence.Text) && AboutTheStory(a.Sentence.Text, storyNames))
                .DistinctBy(a => a.Sentence.Text);
            foreach (var assertion in candidates.OrderByDescending(a => a.Sentence.Text.Any(char.IsDigit)).ThenBy(a => a.Sentence.Start).Take(PerArticle))
            {
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.AttributedOrAsserted,
                    $"In the {outlet} report, who is the source of: \"{QuestionDrafter.Shorten(assertion.Sentence.Text, 24)}\"",
                    asserted,
                    speakers.For(asserted, assertion.Sentence.Text, analysis.Article.Id).Select(s => $"Attributed to {s}").ToList(),
                    [Evidence.From(analysis.Article.Id, assertion.Sentence)]);
            }

            var reported = analysis.Attributions
                .Where(a => a.Kind != Attributions.AttributionKind.DirectQuote && QuoteQuestions.IsUsableSpeaker(a.Speaker) && a.Content.Text.Split(' ').Length >= 6)
                .Take(PerArticle);
            foreach (var attribution in reported)
            {
                var answer = $"Attributed to {attribution.Speaker}";
                var others = speakers.For(attribution.Speaker!, attribution.Content.Text, analysis.Article.Id, count: 2)
                    .Select(s => $"Attributed to {s}").Prepend(asserted);
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
