using AleppoQuiz.Attribution.Story;
using System.Text.RegularExpressions;

namespace AleppoQuiz.Attribution.Spelling;

/// <summary>
/// Groups capitalised names whose consonant skeletons agree (see <see cref="NameSkeleton"/>) but whose
/// spellings differ. Words that also appear in lower case (sentence-initial "They") are not names, and
/// short skeletons must share the same first letters, so "Fuaa" and "Foua" meet but "Idlib" and "Iran" do not.
/// </summary>
public static partial class SpellingVariantFinder
{
    public static IReadOnlyList<SpellingVariantGroup> Find(IReadOnlyList<StoryArticle> articles)
    {
        var lowerWords = articles.SelectMany(a => LowerWord().Matches(a.Text).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var uses = new Dictionary<string, (List<string> Outlets, Evidence First, HashSet<string> Articles)>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (Match match in NameWord().Matches(article.Text))
            {
                var name = NameSkeleton.Possessive(match.Value);
                if (lowerWords.Contains(name.ToLowerInvariant()) || NameSkeleton.Strip(name).Length < 4)
                {
                    continue;
                }

                if (!uses.TryGetValue(name, out var use))
                {
                    use = ([], new Evidence(article.Id, match.Index, match.Index + name.Length, name), []);
                    uses[name] = use;
                }

                use.Articles.Add(article.Id);
                counts[name] = counts.GetValueOrDefault(name) + 1;

                if (!use.Outlets.Contains(article.Outlet))
                {
                    use.Outlets.Add(article.Outlet);
                }
            }
        }

        return uses.Keys
            .GroupBy(NameSkeleton.Consonants)
            .Where(g => g.Key.Length >= 1 && g.Count() >= 2 && SameOpening(g) && !CommonWordBesideRareOne(g.ToList(), uses, counts) && !HoldsDemonym(g))
            .Select(g => new SpellingVariantGroup(g.OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new SpellingUse(n, uses[n].Outlets, uses[n].First)).ToList()))
            .ToList();
    }

    // Names with the same skeleton must also look alike: same first letter, similar length, and not one
    // the start of another ("Arab", "Arabia") unless only the article differs ("Foua", "al-Foua").
    private static bool SameOpening(IEnumerable<string> names)
    {
        var stripped = names.Select(NameSkeleton.Strip).ToList();
        var derived = stripped.Any(a => stripped.Any(b => b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal)));
        return !derived && stripped.Select(s => s[0]).Distinct().Count() == 1 && stripped.Max(s => s.Length) - stripped.Min(s => s.Length) <= 2;
    }

    // "Ukraine" and "Ukrainian" share a skeleton up to the suffix: a place and its adjective, not two spellings.
    private static bool HoldsDemonym(IEnumerable<string> names) =>
        names.Any(a => names.Any(b => a != b && Demonyms.AreNameAndDemonym(a, b)));

    // An article that writes a frequent name ("Syria") beside a look-alike ("Seri") means two names, not two spellings.
    private static bool CommonWordBesideRareOne(
        List<string> names,
        Dictionary<string, (List<string> Outlets, Evidence First, HashSet<string> Articles)> uses,
        Dictionary<string, int> counts) =>
        names.Any(a => names.Any(b => a != b && uses[a].Articles.Overlaps(uses[b].Articles) && Math.Max(counts[a], counts[b]) > 3));

    [GeneratedRegex(@"\b(?:al-)?[A-Z][a-z]+(?:'[a-z]+)?(?:-[A-Z][a-z]+)?\b")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b[a-z][a-z]+\b")]
    private static partial Regex LowerWord();
}

/// <summary>One spelling of a name with where it is used.</summary>
public sealed record SpellingUse(string Spelling, IReadOnlyList<string> Outlets, Evidence FirstUse);

/// <summary>Several spellings of one place or person across the story ("Fuaa", "Foua", "Foah", "al-Foua").</summary>
public sealed record SpellingVariantGroup(IReadOnlyList<SpellingUse> Spellings)
{
    public IEnumerable<string> Names => Spellings.Select(s => s.Spelling);
}
