using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// An article prepared once for the taggers: the analysed text plus per-token strings the features reuse
/// (lower case, stem, shape, suffixes) and per-token quotation facts (inside a quotation, is a mark).
/// </summary>
internal sealed class LearningDocument
{
    public const string Before = "<s>";
    public const string After = "</s>";

    public LearningDocument(string text)
    {
        Analyzed = new AnalyzedText(text);
        var tokens = Analyzed.Tokens;
        Lower = tokens.Select(t => t.Lower).ToArray();
        Stem = Lower.Select(WordTraits.Stem).ToArray();
        Shape = tokens.Select(t => WordTraits.Shape(t.Text)).ToArray();
        Suffix3 = Lower.Select(l => WordTraits.Suffix(l, 3)).ToArray();
        Quoted = Enumerable.Range(0, tokens.Count).Select(Analyzed.IsQuoted).ToArray();
        IsMark = tokens.Select(t => t.Kind == TokenKind.Quote).ToArray();
        Cluster = Lower.Select(WordClusters.Default.Of).ToArray();
        Sentence = Enumerable.Range(0, tokens.Count).Select(i => Analyzed.SentenceOf(i).Index).ToArray();
    }

    public AnalyzedText Analyzed { get; }

    public int Count => Lower.Length;

    public string[] Lower { get; }

    public string[] Stem { get; }

    public string[] Shape { get; }

    public string[] Suffix3 { get; }

    public bool[] Quoted { get; }

    public bool[] IsMark { get; }

    public int[] Sentence { get; }

    /// <summary>Each word's class bits (<see cref="WordClusters"/>), or <see cref="WordClusters.Unknown"/>.</summary>
    public string[] Cluster { get; }

    public string ClusterAt(int i, int first, int last) => i < first ? Before : i > last ? After : Cluster[i];

    /// <summary>The lower-case word at i, or a boundary marker outside [first, last].</summary>
    public string LowerAt(int i, int first, int last) => i < first ? Before : i > last ? After : Lower[i];

    public string ShapeAt(int i, int first, int last) => i < first ? Before : i > last ? After : Shape[i];
}
