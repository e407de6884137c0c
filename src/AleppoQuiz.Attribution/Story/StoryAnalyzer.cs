using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Spelling;

namespace AleppoQuiz.Attribution.Story;

/// <summary>
/// The entry point for a story: attributions with speakers resolved within each article (a sourceless cue inside
/// someone's reported words is theirs) and linked across articles (those whose subject cannot speak are left out, see <see cref="SpeakingEntities"/>), then figures
/// and their conflicts, contradictions, spelling variants and question drafts.
/// </summary>
public static class StoryAnalyzer
{
    public static StoryAnalysis Analyze(IReadOnlyList<StoryArticle> articles) => Analyze(articles, AttributionExtractor.Default);

    public static StoryAnalysis Analyze(IReadOnlyList<StoryArticle> articles, IAttributionExtractor extractor)
    {
        var perArticle = articles
            .Select(a => (Article: a, Found: extractor.Extract(a.Text)))
            .Select(p => (p.Article, p.Found, Attributions: NestedSpeech.CreditToOuterSpeaker(SpeakerResolver.Resolve(p.Article.Text, p.Found.Attributions))
                .Where(a => a.Speaker is null || SpeakingEntities.CanSpeak(a.Speaker))
                .ToList()))
            .ToList();

        var links = StorySpeakerLinker.Link(perArticle.SelectMany(p => p.Attributions).Select(a => a.Speaker).OfType<string>());
        var analyses = perArticle.Select(p =>
        {
            var linked = p.Attributions.Select(a => a with { Speaker = a.Speaker is { } s ? links.GetValueOrDefault(s, s) : null }).ToList();
            var quotes = QuoteCollector.Collect(p.Article.Id, p.Article.Text, linked);
            return new ArticleAnalysis(p.Article, linked, p.Found.Assertions, quotes);
        }).ToList();

        var figures = analyses.SelectMany(a => FigureExtractor.Extract(a.Article, a.Attributions)).ToList();
        var conflicts = FigureConflictFinder.Find(figures);
        var contradictions = ContradictionFinder.Find(analyses.SelectMany(a =>
            ClaimExtractor.Extract(a.Article, a.Attributions).Concat(BlameClaimExtractor.Extract(a.Article, a.Attributions))));
        var spellings = SpellingVariantFinder.Find(articles);
        var drafts = QuestionDrafter.Draft(analyses, conflicts, contradictions, spellings);
        return new StoryAnalysis(analyses, figures, conflicts, contradictions, spellings, drafts);
    }
}

/// <summary>Everything found in a story of several articles, ready for a page or an API.</summary>
public sealed record StoryAnalysis(
    IReadOnlyList<ArticleAnalysis> Articles,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FigureConflict> FigureConflicts,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<SpellingVariantGroup> SpellingVariants,
    IReadOnlyList<QuestionDraft> Drafts);
