using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AleppoQuiz.Core.Articles;

/// <summary>One raw file named in the manifest and what the manifest says about it.</summary>
public sealed record SourceManifestEntry(string FileName, ArticleMetadata Metadata);

/// <summary>
/// The human-edited list of raw story files to import (<c>question-bank/articles/sources.yaml</c>): for each raw file
/// name the article id and the metadata the raw text does not carry. Unknown keys are errors, so a misspelt field
/// cannot be silently ignored.
/// </summary>
public sealed class SourceManifest
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private SourceManifest(IReadOnlyList<SourceManifestEntry> entries) => Entries = entries;

    public IReadOnlyList<SourceManifestEntry> Entries { get; }

    public static SourceManifest Load(string path) => Parse(File.ReadAllText(path));

    public static SourceManifest Parse(string yaml)
    {
        ManifestFile file;
        try
        {
            file = Reader.Deserialize<ManifestFile?>(yaml) ?? new ManifestFile();
        }
        catch (YamlException e)
        {
            throw new FormatException($"The source manifest is not valid: {e.Message}", e);
        }

        var problems = new List<string>();
        var entries = new List<SourceManifestEntry>();
        foreach (var (entry, index) in (file.Articles ?? []).Select((entry, index) => (entry, index + 1)))
        {
            var where = $"entry {index}{(entry.File is null ? "" : $" ({entry.File})")}";
            if (string.IsNullOrWhiteSpace(entry.File) || string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Outlet))
            {
                problems.Add($"{where}: 'file', 'id' and 'outlet' are required");
                continue;
            }

            DateOnly? date = null;
            if (entry.Date is not null)
            {
                if (DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    problems.Add($"{where}: date '{entry.Date}' is not yyyy-MM-dd");
                }
            }

            entries.Add(new SourceManifestEntry(entry.File, new ArticleMetadata
            {
                Id = entry.Id,
                Outlet = entry.Outlet,
                WireCredit = entry.WireCredit,
                Date = date,
                Title = entry.Title,
                TitleSource = entry.TitleSource,
                Url = entry.Url,
            }));
        }

        problems.AddRange(Duplicates(entries.Select(e => e.Metadata.Id), "id"));
        problems.AddRange(Duplicates(entries.Select(e => e.FileName), "file"));
        if (problems.Count > 0)
        {
            throw new FormatException("The source manifest has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new SourceManifest(entries);
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, string field) =>
        values.GroupBy(value => value, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{field} '{group.Key}' is listed {group.Count()} times");

    private sealed class ManifestFile
    {
        public List<ManifestEntry>? Articles { get; set; }
    }

    private sealed class ManifestEntry
    {
        public string? File { get; set; }
        public string? Id { get; set; }
        public string? Outlet { get; set; }
        public string? WireCredit { get; set; }
        public string? Date { get; set; }
        public string? Title { get; set; }
        public string? TitleSource { get; set; }
        public string? Url { get; set; }
    }
}
