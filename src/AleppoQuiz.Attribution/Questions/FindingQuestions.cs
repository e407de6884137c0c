using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>Questions on figure conflicts, contradictions and spelling variants.</summary>
internal static partial class FindingQuestions
{
    public static IEnumerable<QuestionDraft> Figures(IReadOnlyList<FigureConflict> conflicts)
    {
        foreach (var conflict in conflicts)
        {
            foreach (var figure in conflict.Figures.DistinctBy(f => f.Value))
            {
                var voice = figure.GivenBy ?? figure.Outlet;
                var answer = figure.Number.Quote;
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.FiguresDisagree,
                    $"According to {voice} (in {figure.Outlet}), how many {conflict.Key.Counted} were {conflict.Key.Event}?",
                    answer,
                    QuestionDrafter.Distractors(answer, conflict.Figures.Where(f => f.Value != figure.Value).Select(f => f.Number.Quote)),
                    conflict.Figures.Select(f => f.Sentence).ToList());
            }
        }
    }

    public static IEnumerable<QuestionDraft> Contradictions(IReadOnlyList<Contradiction> contradictions)
    {
        foreach (var contradiction in contradictions)
        {
            // One question per voice: the same words carried by a second outlet add evidence, not a question.
            var affirming = contradiction.Affirming.DistinctBy(ContradictionFinder.Voice).ToList();
            var denying = contradiction.Denying.DistinctBy(ContradictionFinder.Voice).ToList();
            foreach (var claim in affirming)
            {
                yield return Ask($"Which source said that {contradiction.Proposition}?", claim, denying);
            }

            foreach (var claim in denying)
            {
                yield return Ask($"Which source said that it is not true that {contradiction.Proposition}?", claim, affirming);
            }
        }
    }

    public static IEnumerable<QuestionDraft> Spellings(IReadOnlyList<SpellingVariantGroup> groups, IReadOnlyList<ArticleAnalysis> articles)
    {
        var names = articles.SelectMany(a => CapitalisedWord().Matches(a.Article.Text).Select(m => m.Value))
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        foreach (var group in groups)
        {
            var first = group.Spellings[0];
            var answer = group.Spellings[1];
            var pool = names.Where(n => !group.Names.Contains(n) && n.Length >= 4 && NameSkeleton.Consonants(n) != NameSkeleton.Consonants(first.Spelling));
            yield return new QuestionDraft(
                string.Empty,
                QuestionKind.SpellingVariant,
                $"\"{first.Spelling}\" ({string.Join(", ", first.Outlets)}) is spelled another way in this story. Which spelling names the same place or person?",
                answer.Spelling,
                QuestionDrafter.Distractors(answer.Spelling, pool.Skip(3)),
                group.Spellings.Select(s => s.FirstUse).ToList());
        }
    }

    private static QuestionDraft Ask(string prompt, Claim claim, IReadOnlyList<Claim> others) =>
        new(string.Empty, QuestionKind.Contradiction, prompt, Voice(claim),
            QuestionDrafter.Distractors(Voice(claim), others.Select(Voice)),
            others.Select(o => o.Evidence).Prepend(claim.Evidence).ToList());

    private static string Voice(Claim claim) => claim.Speaker is { } s ? $"{s} (in {claim.Outlet})" : $"{claim.Outlet} itself";

    [GeneratedRegex(@"\b[A-Z][a-z]{3,}\b")]
    private static partial Regex CapitalisedWord();
}
