namespace AleppoQuiz.Attribution.Figures;

/// <summary>
/// Aligns figures of the same key across the story and flags keys with more than one value. Values within
/// one percent are the same figure; a group needs two sources or two articles to disagree.
/// </summary>
public static class FigureConflictFinder
{
    private const double SameValueTolerance = 0.01;

    public static IReadOnlyList<FigureConflict> Find(IEnumerable<Figure> figures)
    {
        var conflicts = new List<FigureConflict>();
        foreach (var group in figures.GroupBy(f => f.Key))
        {
            var distinct = group.GroupBy(f => (f.ArticleId, f.Value)).Select(g => g.First()).ToList();
            var values = distinct.Select(f => f.Value).ToList();
            var disagree = values.Any(a => values.Any(b => Math.Abs(a - b) > SameValueTolerance * Math.Max(a, b)));
            var voices = distinct.Select(f => (f.ArticleId, f.GivenBy)).Distinct().Count();
            if (disagree && voices >= 2)
            {
                conflicts.Add(new FigureConflict(group.Key, distinct.OrderByDescending(f => f.Value).ToList()));
            }
        }

        return conflicts;
    }
}
