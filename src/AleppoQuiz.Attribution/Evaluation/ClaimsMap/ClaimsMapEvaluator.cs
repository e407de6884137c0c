using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Figures;
using AleppoQuiz.Attribution.Questions;
using AleppoQuiz.Attribution.Story;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Evaluation.ClaimsMap;

/// <summary>
/// Runs the story analysis (as the claims map and drafts panel do) on multi-outlet PolNeAR stories and checks it
/// against the gold: is each listed speaker a gold source, is each conflict real, does each who-said draft have
/// the gold source as its key and never as a distractor. Findings name every miss, for a reader to check.
/// </summary>
public static class ClaimsMapEvaluator
{
    public static ClaimsMapScore Evaluate(string polnearFolder, IReadOnlyList<ClaimsMapStory> stories) =>
        Evaluate(polnearFolder, stories, AttributionExtractor.Default);

    public static ClaimsMapScore Evaluate(string polnearFolder, IReadOnlyList<ClaimsMapStory> stories, IAttributionExtractor extractor)
    {
        var tally = new Tally();
        foreach (var story in stories)
        {
            var articles = story.Articles.Select(id => new StoryArticle(id, ClaimsMapStories.OutletOf(id),
                File.ReadAllText(Path.Combine(polnearFolder, story.Split, "text", id + ".txt")))).ToList();
            var gold = articles.ToDictionary(a => a.Id, a => new GoldSources(a.Text, Annotations(polnearFolder, story.Split, a.Id)));
            var analysis = StoryAnalyzer.Analyze(articles, extractor);
            Speakers(story, analysis, gold, tally);
            Conflicts(story, analysis, tally);
            WhoSaid(story, analysis, gold, tally);
            tally.Articles += articles.Count;
        }

        return new ClaimsMapScore(stories.Count, tally.Articles, tally.Speakers, tally.SpeakersRight, tally.Spellings, tally.SpellingsReal,
            tally.Figures, tally.FiguresReal, tally.Drafts, tally.Judged, tally.Right, tally.BadDistractors, tally.Findings);
    }

    private static IEnumerable<BratDocument> Annotations(string polnearFolder, string split, string id) =>
        Directory.GetFiles(Path.Combine(polnearFolder, split, "attributions"), id + "*.ann")
            .Where(p => Path.GetFileNameWithoutExtension(p) is var name && (name == id || !name[(id.Length + 1)..].Contains('_', StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(BratReader.Read);

    private static void Speakers(ClaimsMapStory story, StoryAnalysis analysis, Dictionary<string, GoldSources> gold, Tally tally)
    {
        foreach (var article in analysis.Articles)
        {
            foreach (var speaker in article.Attributions.Select(a => a.Speaker).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                tally.Speakers++;
                if (gold[article.Article.Id].IsGoldSource(speaker))
                {
                    tally.SpeakersRight++;
                }
                else
                {
                    tally.Findings.Add($"{story.Id}: speaker \"{speaker}\" in {article.Article.Id} is no gold source");
                }
            }
        }
    }

    private static void Conflicts(ClaimsMapStory story, StoryAnalysis analysis, Tally tally)
    {
        foreach (var group in analysis.SpellingVariants)
        {
            tally.Spellings++;
            var names = group.Names.ToList();
            if (names.Any(a => names.Any(b => a != b && DerivedForm(a, b))))
            {
                tally.Findings.Add($"{story.Id}: spelling conflict {string.Join(" / ", names)} is a name and a word made from it");
            }
            else
            {
                tally.SpellingsReal++;
            }
        }

        foreach (var conflict in analysis.FigureConflicts)
        {
            tally.Figures++;
            if (SameQuantity(conflict))
            {
                tally.FiguresReal++;
            }
            else
            {
                tally.Findings.Add($"{story.Id}: figure conflict on {conflict.Key} compares different quantities");
            }
        }
    }

    /// <summary>
    /// "Ukraine" / "Ukrainian", "Syria" / "Syrian": the shorter word, less at most its last letter, opens the longer
    /// one and at most four letters follow. Transliterations ("Kefraya" / "Kefyra") differ inside the word.
    /// </summary>
    internal static bool DerivedForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a.ToLowerInvariant(), b.ToLowerInvariant()) : (b.ToLowerInvariant(), a.ToLowerInvariant());
        var stem = shorter.Length > 4 ? shorter[..^1] : shorter;
        return longer.StartsWith(stem, StringComparison.Ordinal) && longer.Length - stem.Length <= 4 && longer != shorter;
    }

    /// <summary>Figures on one quantity: every sentence names what is counted, and the values are not one the part of another.</summary>
    private static bool SameQuantity(FigureConflict conflict) =>
        conflict.Figures.All(f => f.Sentence.Quote.Contains(conflict.Key.Counted, StringComparison.OrdinalIgnoreCase))
        && conflict.Figures.Select(f => f.ArticleId).Distinct().Count() >= 2;

    private static void WhoSaid(ClaimsMapStory story, StoryAnalysis analysis, Dictionary<string, GoldSources> gold, Tally tally)
    {
        foreach (var draft in analysis.Drafts.Where(d => d.Kind == QuestionKind.WhoSaid))
        {
            tally.Drafts++;
            var verdicts = draft.Evidence.Select(e => gold[e.ArticleId].SaidBy(new TextSpan(e.Start, e.End), draft.Answer)).OfType<bool>().ToList();
            if (verdicts.Count == 0)
            {
                tally.Findings.Add($"{story.Id}: {draft.Id} \"{draft.Answer}\": the gold attributes no quotation of its evidence");
                continue;
            }

            tally.Judged++;
            if (verdicts.All(v => v))
            {
                tally.Right++;
            }
            else
            {
                tally.Findings.Add($"{story.Id}: {draft.Id} key \"{draft.Answer}\" is not the gold source of {Evidence(draft)}");
            }

            foreach (var wrong in draft.Distractors.Where(d => draft.Evidence.Any(e => gold[e.ArticleId].SaidBy(new TextSpan(e.Start, e.End), d) == true)))
            {
                tally.BadDistractors++;
                tally.Findings.Add($"{story.Id}: {draft.Id} offers \"{wrong}\" as wrong, but the gold source is that name");
            }
        }
    }

    private static string Evidence(QuestionDraft draft) => $"{draft.Evidence[0].ArticleId} [{draft.Evidence[0].Start},{draft.Evidence[0].End})";

    private sealed class Tally
    {
        public int Articles;
        public int Speakers;
        public int SpeakersRight;
        public int Spellings;
        public int SpellingsReal;
        public int Figures;
        public int FiguresReal;
        public int Drafts;
        public int Judged;
        public int Right;
        public int BadDistractors;
        public List<string> Findings { get; } = [];
    }
}
