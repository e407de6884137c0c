namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// The word classes of <see cref="WordClusterLearner"/>, shipped as the generated file Data/word-clusters.tsv
/// (a word and its bit string per line). Words not in the table (rare or unseen) have no class.
/// </summary>
internal sealed class WordClusters
{
    public const string ResourceName = "AleppoQuiz.Attribution.Data.word-clusters.tsv";
    public const string Unknown = "?";

    private static readonly Lazy<WordClusters> Shipped = new(LoadEmbedded);
    private readonly Dictionary<string, string> _bits;

    public WordClusters(IReadOnlyDictionary<string, string> bits) => _bits = new(bits, StringComparer.Ordinal);

    public static WordClusters Default => Shipped.Value;

    public string Of(string lower) => _bits.GetValueOrDefault(lower, Unknown);

    /// <summary>The class cut to its first <paramref name="length"/> bits (coarser classes).</summary>
    public static string Prefix(string bits, int length) => bits.Length > length ? bits[..length] : bits;

    public static string Format(IReadOnlyDictionary<string, string> bits) =>
        string.Concat(bits.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}\n"));

    public static WordClusters Parse(TextReader reader)
    {
        var bits = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                bits[line[..tab]] = line[(tab + 1)..];
            }
        }

        return new WordClusters(bits);
    }

    private static WordClusters LoadEmbedded()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
