using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Spelling;

namespace AleppoQuiz.Attribution.Story;

/// <summary>Everything found in a story of several articles, ready for a page or an API.</summary>
public sealed record StoryAnalysis(
    IReadOnlyList<ArticleAnalysis> Articles,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FigureConflict> FigureConflicts,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<SpellingVariantGroup> SpellingVariants,
    IReadOnlyList<QuestionDraft> Drafts);
