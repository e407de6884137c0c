using AleppoQuiz.Attribution.Contradictions;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>Questions on figure conflicts, contradictions and spelling variants.</summary>
internal static class FindingQuestions
{
    public static IEnumerable<QuestionDraft> Figures(IReadOnlyList<FigureConflict> conflicts)
    {
        foreach (var conflict in conflicts)
        {
            foreach (var figure in conflict.Figures.DistinctBy(f => f.Value))
            {
                var answer = figure.Number.Quote;
                var prompt = figure.GivenBy is { } voice
                    ? $"According to {voice} (in {figure.Outlet}), how many {conflict.Key.Counted} were {conflict.Key.Event}?"
                    : $"In its own reporting, how many {conflict.Key.Counted} does {figure.Outlet} say were {conflict.Key.Event}?";
                yield return new QuestionDraft(
                    string.Empty,
                    QuestionKind.FiguresDisagree,
                    prompt,
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
                yield return Ask($"Which source said that {contradiction.Wording.Proposition}?", claim, denying);
            }

            foreach (var claim in denying)
            {
                yield return Ask($"Which source said that {contradiction.Wording.Denial}?", claim, affirming);
            }
        }
    }

    public static IEnumerable<QuestionDraft> Spellings(IReadOnlyList<SpellingVariantGroup> groups, IReadOnlyList<ArticleAnalysis> articles)
    {
        var names = SpellingDistractors.StoryNames([.. articles.Select(a => a.Article.Text)]);
        foreach (var group in groups)
        {
            var first = group.Spellings[0];
            var answer = group.Spellings[1];
            yield return new QuestionDraft(
                string.Empty,
                QuestionKind.SpellingVariant,
                $"\"{first.Spelling}\" ({string.Join(", ", first.Outlets)}) is spelled another way in this story. Which spelling names the same place or person?",
                answer.Spelling,
                SpellingDistractors.For(first.Spelling, group.Names, names),
                group.Spellings.Select(s => s.FirstUse).ToList());
        }
    }

    private static QuestionDraft Ask(string prompt, Claim claim, IReadOnlyList<Claim> others) =>
        new(string.Empty, QuestionKind.Contradiction, prompt, Voice(claim),
            QuestionDrafter.Distractors(Voice(claim), others.Select(Voice)),
            others.Select(o => o.Evidence).Prepend(claim.Evidence).ToList());

    private static string Voice(Claim claim) => claim.Speaker is { } s ? $"{s} (in {claim.Outlet})" : $"{claim.Outlet} itself";
}
