using System.Globalization;
using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>
/// Drafts questions from a story's findings. Every draft carries evidence cut from the article text, and its
/// distractors come from the same story (other speakers, outlets, figures, names), so a wrong option is
/// plausible to a student and checkable by the teacher.
/// </summary>
public static class QuestionDrafter
{
    public const int DistractorCount = 3;

    public static IReadOnlyList<QuestionDraft> Draft(
        IReadOnlyList<ArticleAnalysis> articles,
        IReadOnlyList<FigureConflict> conflicts,
        IReadOnlyList<Contradiction> contradictions,
        IReadOnlyList<SpellingVariantGroup> spellings)
    {
        var drafts = new List<QuestionDraft>();
        drafts.AddRange(QuoteQuestions.WhoSaid(articles));
        drafts.AddRange(QuoteQuestions.WhichOutlet(articles));
        drafts.AddRange(StatementQuestions.AttributedOrAsserted(articles));
        drafts.AddRange(FindingQuestions.Figures(conflicts));
        drafts.AddRange(FindingQuestions.Contradictions(contradictions));
        drafts.AddRange(FindingQuestions.Spellings(spellings, articles));
        drafts.AddRange(EvidenceQuestions.FromAttributions(articles));
        return drafts
            .Select((d, i) => AsOptions(d) with { Id = string.Create(CultureInfo.InvariantCulture, $"{d.Kind.ToString().ToLowerInvariant()}-{i + 1:D3}") })
            .ToList();
    }

    /// <summary>
    /// Options start with a capital, as on any quiz screen ("Security source", "Around 8,000"), whatever case
    /// the words had mid-sentence. Spellings are left exactly as written: their case is part of the question, and so
    /// is a find-the-evidence answer, which is the article's own words.
    /// </summary>
    private static QuestionDraft AsOptions(QuestionDraft draft) => draft.Kind is QuestionKind.SpellingVariant or QuestionKind.FindEvidence
        ? draft
        : draft with { Answer = Capitalised(draft.Answer), Distractors = [.. draft.Distractors.Select(Capitalised)] };

    private static string Capitalised(string option) =>
        option.Length > 0 && char.IsLower(option[0]) ? char.ToUpperInvariant(option[0]) + option[1..] : option;

    /// <summary>Up to <see cref="DistractorCount"/> options from the pool that differ from the answer and each other.</summary>
    internal static IReadOnlyList<string> Distractors(string answer, IEnumerable<string> pool) =>
        pool.Where(p => !string.IsNullOrWhiteSpace(p) && !p.Equals(answer, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(DistractorCount)
            .ToList();

    /// <summary>The first words of a quotation, for a prompt.</summary>
    internal static string Shorten(string text, int words = 16)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts[..words]) + " …";
    }
}
