using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>
/// "Tap the words that tell you who said …" from each attribution with a named source: the student reads the
/// paragraph and selects the attribution itself, the source and its cue ("said Turkish Foreign Minister Mevlut
/// Cavusoglu", "a security source told AFP", "according to the Observatory"). That is the skill the other
/// questions take for granted: seeing in the text where a claim comes from. One draft per speaker and article
/// (their first attribution there), so a teacher reviews a handful per outlet rather than every "said".
/// </summary>
internal static class EvidenceQuestions
{
    private const int PromptWords = 12;

    public static IEnumerable<QuestionDraft> FromAttributions(IReadOnlyList<ArticleAnalysis> articles)
    {
        foreach (var analysis in articles)
        {
            var text = analysis.Article.Text;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribution in analysis.Attributions)
            {
                if (attribution.Source is not { } source || !QuoteQuestions.IsUsableSpeaker(attribution.Speaker)
                    || Paragraph(text, source.Start) is not { } paragraph || seen.Contains(attribution.Speaker!))
                {
                    continue;
                }

                var start = Math.Min(source.Start, attribution.Cue.Start);
                var end = Math.Max(source.End, attribution.Cue.End);
                if (start < paragraph.Start || end > paragraph.End || !Findable(text, paragraph, start, end))
                {
                    continue;
                }

                seen.Add(attribution.Speaker!);
                var evidence = new Evidence(analysis.Article.Id, start, end, text[start..end]);
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.FindEvidence,
                    $"{analysis.Article.Outlet} reports: {QuestionDrafter.Shorten(attribution.Content.Text, PromptWords)} " +
                    "Tap the words that tell you who said it.",
                    evidence.Quote,
                    [],
                    [evidence],
                    new Evidence(analysis.Article.Id, paragraph.Start, paragraph.End, text[paragraph.Start..paragraph.End]));
            }
        }
    }

    // The paragraph (one line of the cleaned text) around a position.
    private static (int Start, int End)? Paragraph(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end);
    }

    // Something to find: the span starts and ends on whole words and is at most half of the paragraph's words.
    private static bool Findable(string text, (int Start, int End) paragraph, int start, int end)
    {
        var wholeWords = (start == paragraph.Start || char.IsWhiteSpace(text[start - 1]) || !char.IsLetterOrDigit(text[start - 1]))
            && (end == paragraph.End || !char.IsLetterOrDigit(text[end]));
        var spanWords = Words(text[start..end]);
        return wholeWords && spanWords > 0 && 2 * spanWords <= Words(text[paragraph.Start..paragraph.End]);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
