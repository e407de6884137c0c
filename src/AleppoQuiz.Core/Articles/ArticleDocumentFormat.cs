using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Reads and writes an article file: a YAML header between two "---" lines, then the story text verbatim.
/// The text stays outside YAML so that what a teacher sees in the file is exactly what offsets count.
/// </summary>
public static class ArticleDocumentFormat
{
    private const string Fence = "---";

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static ArticleDocument Parse(string content)
    {
        var normalized = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            throw new FormatException("An article file must start with a '---' line opening its header.");
        }

        var headerEnd = normalized.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        if (headerEnd < 0)
        {
            throw new FormatException("The article header is not closed by a '---' line.");
        }

        var header = Reader.Deserialize<Header>(normalized[(Fence.Length + 1)..(headerEnd + 1)])
            ?? throw new FormatException("The article header is empty.");
        var text = normalized[(headerEnd + Fence.Length + 2)..].TrimEnd('\n');

        return new ArticleDocument
        {
            Id = Require(header.Id, "id"),
            Outlet = Require(header.Outlet, "outlet"),
            WireCredit = Require(header.WireCredit, "wireCredit"),
            Date = DateOnly.TryParse(header.Date, out var date)
                ? date
                : throw new FormatException($"The article date '{header.Date}' is not a date (yyyy-MM-dd)."),
            Title = Require(header.Title, "title"),
            TitleSource = header.TitleSource ?? "published",
            Url = header.Url,
            OriginalFile = header.OriginalFile,
            Text = text,
            CaptionParagraphs = header.Captions ?? [],
            CreditLineParagraph = header.CreditLine,
        };
    }

    public static string Write(ArticleDocument article)
    {
        var header = new Header
        {
            Id = article.Id,
            Outlet = article.Outlet,
            WireCredit = article.WireCredit,
            Date = article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Title = article.Title,
            TitleSource = article.TitleSource,
            Url = article.Url,
            OriginalFile = article.OriginalFile,
            Captions = article.CaptionParagraphs.Count == 0 ? null : [.. article.CaptionParagraphs],
            CreditLine = article.CreditLineParagraph,
        };
        return $"{Fence}\n{Writer.Serialize(header)}{Fence}\n{article.Text}\n";
    }

    private static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"The article header lacks '{name}'.") : value;

    private sealed class Header
    {
        public string? Id { get; set; }
        public string? Outlet { get; set; }
        public string? WireCredit { get; set; }
        public string? Date { get; set; }
        public string? Title { get; set; }
        public string? TitleSource { get; set; }
        public string? Url { get; set; }
        public string? OriginalFile { get; set; }

        /// <summary>Numbers of the paragraphs that are photo captions.</summary>
        public List<int>? Captions { get; set; }

        /// <summary>Number of the paragraph that is the credit line ("- BBC / Reuters").</summary>
        public int? CreditLine { get; set; }
    }
}
