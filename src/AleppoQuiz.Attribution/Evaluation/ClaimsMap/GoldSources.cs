using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Evaluation.ClaimsMap;

/// <summary>
/// The gold sources of one article, from every annotator's file, and the two checks the claims-map evaluation
/// needs: does a listed speaker name one of them, and who is the gold source of some words.
/// </summary>
public sealed class GoldSources
{
    private static readonly HashSet<string> Glue = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "of", "for", "and", "'s", "’s" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "who", "which", "that", "i", "we", "his", "her", "their", "its", "him", "them",
    };

    private readonly string _text;
    private readonly IReadOnlyList<IReadOnlyList<BratRelation>> _files;

    public GoldSources(string text, IEnumerable<BratDocument> annotations)
    {
        _text = text;
        _files = annotations.Select(d => (IReadOnlyList<BratRelation>)d.Relations.Where(r => r.Source.Count > 0).OrderBy(r => r.Source[0].Start).ToList()).ToList();
    }

    /// <summary>True when some annotator marked a source that names the speaker (directly, not through a pronoun).</summary>
    public bool IsGoldSource(string speaker) =>
        _files.SelectMany(f => f).Any(r => Names(speaker, SourceText(r)));

    /// <summary>
    /// What the gold says about who said the words at <paramref name="span"/>: null when no annotator marked them as
    /// content with a source, else whether <paramref name="speaker"/> names the source (a pronoun or description
    /// or a description ("the Republican presidential candidate") is read as the last named source before it in the
    /// same annotator's file, a relative pronoun as the words before it).
    /// </summary>
    public bool? SaidBy(TextSpan span, string speaker)
    {
        bool? verdict = null;
        foreach (var file in _files)
        {
            var relation = file.Where(r => r.Content.Any(c => c.Overlaps(span)))
                .MaxBy(r => r.Content.Sum(c => Math.Max(0, Math.Min(c.End, span.End) - Math.Max(c.Start, span.Start))));
            if (relation is null)
            {
                continue;
            }

            var named = Names(speaker, NamedSource(file, relation));
            verdict = (verdict ?? false) || named;
        }

        return verdict;
    }

    private string SourceText(BratRelation relation) => string.Join(' ', relation.Source.Select(s => s.Slice(_text)));

    private string NamedSource(IReadOnlyList<BratRelation> file, BratRelation relation)
    {
        var source = SourceText(relation);
        if (source.Trim().ToLowerInvariant() is "who" or "which" or "that")
        {
            return Antecedent(relation.Source[0].Start); // "the Mexican president, who said"
        }

        if (!IsDescription(source) && Words(source).Any(w => char.IsUpper(w[0]) && !Pronouns.Contains(w)))
        {
            return source;
        }

        var earlier = file.LastOrDefault(r => r.Source[0].Start < relation.Source[0].Start && !IsDescription(SourceText(r))
            && Words(SourceText(r)).Any(w => char.IsUpper(w[0]) && !Pronouns.Contains(w)));
        return earlier is null ? source : SourceText(earlier);
    }

    // "the Republican presidential candidate": a definite description with a lower-case head names nobody by itself.
    private static bool IsDescription(string source)
    {
        var words = Words(source).ToList();
        return words.Count > 1 && words[0].ToLowerInvariant() is "the" or "a" or "an" && char.IsLower(words[^1][0]);
    }

    /// <summary>The words before a relative pronoun, back to the sentence's last break or eight words.</summary>
    private string Antecedent(int pronounStart)
    {
        var before = _text[..pronounStart].TrimEnd(' ', ',');
        var cut = before.LastIndexOfAny(['.', '\n', ';', ':', '"', '“', '”']);
        var words = before[(cut + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(8));
    }

    /// <summary>
    /// A person is named by the surname; a body or description by all its words (plural or not): "Washington Post
    /// Trump" names no source "Trump", "Recently" names nobody.
    /// </summary>
    public static bool Names(string speaker, string goldSource)
    {
        var gold = Words(goldSource).Select(Stem).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (SpeakerNames.PersonName(speaker) is { } person)
        {
            return gold.Contains(Stem(SpeakerNames.Surname(person)));
        }

        var words = Words(speaker).Where(w => !Glue.Contains(w)).Select(Stem).ToList();
        return words.Count > 0 && words.All(gold.Contains);
    }

    private static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        lower = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
        return lower.Length > 3 && lower.EndsWith('s') ? lower[..^1] : lower;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', ',', '.', '(', ')', '"', '“', '”', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
}
