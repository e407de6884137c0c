using System.Globalization;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Server.Features.Authoring;

namespace AleppoQuiz.Server.Features.Stories;

/// <summary>From the attribution engine's findings to what the claims map and the editor show.</summary>
internal static class StoryMapping
{
    private static readonly Dictionary<QuestionKind, string> SkillByKind = new()
    {
        [QuestionKind.WhoSaid] = "who-said-it",
        [QuestionKind.WhichOutlet] = "which-outlet",
        [QuestionKind.AttributedOrAsserted] = "attributed-or-asserted",
        [QuestionKind.FiguresDisagree] = "numbers-disagree",
        [QuestionKind.Contradiction] = "contradicting-claims",
        [QuestionKind.SpellingVariant] = "place-spellings",
        [QuestionKind.FindEvidence] = "who-said-it",
    };

    public static ClaimsMap ToClaimsMap(StoryAnalysis analysis, IReadOnlyDictionary<string, string> titles)
    {
        var outlets = analysis.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Outlet);
        EvidenceInfo Evidence(Attribution.Story.Evidence e) => new(e.ArticleId, outlets.GetValueOrDefault(e.ArticleId, e.ArticleId), e.Quote, e.Start, e.End);

        return new ClaimsMap(
            analysis.Articles.Select(a => new StoryArticleInfo(a.Article.Id, a.Article.Outlet, titles.GetValueOrDefault(a.Article.Id, a.Article.Id))).ToArray(),
            analysis.Articles.SelectMany(a => a.Attributions.Select(s => new StatementInfo(
                a.Article.Id, a.Article.Outlet, s.Speaker, s.Source?.Text, s.Cue.Text, s.Content.Text,
                s.Kind.ToString(), Math.Min(s.Cue.Start, s.Content.Start), Math.Max(s.Cue.End, s.Content.End)))).ToArray(),
            analysis.FigureConflicts.Select(c => new FigureConflictInfo(
                c.Key.ToString(), c.AllLowerBounds, c.Figures.Select(f => new FigureInfo(f.Outlet, Describe(f), f.GivenBy, Evidence(f.Sentence))).ToArray())).ToArray(),
            analysis.Contradictions.Select(c => new ContradictionInfo(
                c.Proposition,
                c.Wording.DenyingLabel,
                c.Affirming.Select(a => new ClaimInfo(a.Statement, a.Speaker, Evidence(a.Evidence))).ToArray(),
                c.Denying.Select(d => new ClaimInfo(d.Statement, d.Speaker, Evidence(d.Evidence))).ToArray())).ToArray(),
            analysis.SpellingVariants.Select(g => new SpellingGroupInfo(
                g.Spellings.Select(s => new SpellingInfo(s.Spelling, s.Outlets, Evidence(s.FirstUse))).ToArray())).ToArray());
    }

    /// <summary>
    /// A draft as an editable question. Where the answer sits among the options follows from the draft's id, so
    /// the same draft always looks the same and the answer is not always first.
    /// </summary>
    public static DraftInfo ToDraft(QuestionDraft draft)
    {
        if (draft.Passage is { } passage)
        {
            // The student selects the attribution in its paragraph: no options, a passage, and longer to read.
            return new DraftInfo(draft.Id, new QuestionInput(
                "find-evidence",
                SkillByKind[draft.Kind],
                "medium",
                45,
                null,
                draft.Prompt,
                [],
                $"Drafted from {passage.ArticleId}: the words \"{draft.Answer}\" name who is speaking. Check it and say in your own words how they show it.",
                draft.Evidence.Select(e => new EvidenceInput(e.ArticleId, e.Quote, e.Start)).ToArray(),
                Passage: new EvidenceInput(passage.ArticleId, passage.Quote, passage.Start)));
        }

        var options = draft.Distractors.Select(d => new OptionInput(d, false)).ToList();
        var at = (int)((uint)StringComparer.Ordinal.GetHashCode(draft.Id) % (uint)(options.Count + 1));
        options.Insert(Math.Min(at, options.Count), new OptionInput(draft.Answer, true));
        var outlets = string.Join(", ", draft.Evidence.Select(e => e.ArticleId).Distinct());
        return new DraftInfo(draft.Id, new QuestionInput(
            "single",
            SkillByKind[draft.Kind],
            "medium",
            20,
            null,
            draft.Prompt,
            options,
            $"Drafted from the evidence in {outlets}: check it and say in your own words why the answer is right.",
            draft.Evidence.Select(e => new EvidenceInput(e.ArticleId, e.Quote, e.Start)).ToArray()));
    }

    private static string Describe(Figure figure) =>
        $"{figure.Qualifier} {figure.Value.ToString("N0", CultureInfo.InvariantCulture)}".Trim();
}
