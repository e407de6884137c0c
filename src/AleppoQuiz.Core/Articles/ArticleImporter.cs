using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>
/// Makes <see cref="ArticleDocument"/>s from raw stories: cleans the text and joins what the text says about
/// itself (headline, wire credit, dateline) with what a person wrote down about it (manifest or upload form).
/// Where both say something they must agree; a disagreement stops the import rather than picking one silently.
/// </summary>
public sealed partial class ArticleImporter(ArticleCleaner cleaner)
{
    public const string PublishedTitle = "published";
    public const string EditorTitle = "editor";

    public ArticleImporter()
        : this(ArticleCleaner.Default)
    {
    }

    /// <summary>Imports every file the manifest lists from <paramref name="rawFolder"/>, in manifest order.</summary>
    public IReadOnlyList<ArticleDocument> ImportFolder(SourceManifest manifest, string rawFolder)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        return manifest.Entries
            .Select(entry =>
            {
                var path = Path.Combine(rawFolder, entry.FileName);
                if (!File.Exists(path))
                {
                    throw new ArticleImportException($"{entry.Metadata.Id}: the raw file '{entry.FileName}' is not in {rawFolder}.");
                }

                return Import(File.ReadAllText(path), entry.Metadata, entry.FileName);
            })
            .ToList();
    }

    /// <summary>Imports one raw story, e.g. a teacher's upload, with the metadata given for it.</summary>
    public ArticleDocument Import(string rawText, ArticleMetadata metadata, string? originalFile = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);

        var id = metadata.Id;
        if (!IdPattern().IsMatch(id))
        {
            throw new ArticleImportException($"'{id}' is not a usable article id: use lower-case letters, digits and hyphens.");
        }

        var cleaned = cleaner.Clean(rawText);
        if (cleaned.Text.Length == 0)
        {
            throw new ArticleImportException($"{id}: no story text is left after cleaning.");
        }

        var (title, titleSource) = ChooseTitle(id, metadata, cleaned.Headline);
        return new ArticleDocument
        {
            Id = id,
            Outlet = metadata.Outlet,
            WireCredit = Agree(id, "wireCredit", metadata.WireCredit, cleaned.WireCredit) ?? metadata.Outlet,
            Date = Agree(id, "date", metadata.Date, cleaned.Date)
                ?? throw new ArticleImportException($"{id}: the raw text has no dateline, so the metadata must give a date."),
            Title = title,
            TitleSource = titleSource,
            Url = metadata.Url,
            OriginalFile = originalFile,
            Text = cleaned.Text,
            CaptionParagraphs = cleaned.CaptionParagraphs,
            CreditLineParagraph = cleaned.CreditLineParagraph,
        };
    }

    private static (string Title, string Source) ChooseTitle(string id, ArticleMetadata metadata, string? headline)
    {
        if (metadata.TitleSource is not null and not PublishedTitle and not EditorTitle)
        {
            throw new ArticleImportException($"{id}: titleSource must be '{PublishedTitle}' or '{EditorTitle}', not '{metadata.TitleSource}'.");
        }

        if (headline is not null)
        {
            if (metadata.TitleSource == EditorTitle)
            {
                throw new ArticleImportException($"{id}: the raw text has a published headline (\"{headline}\"), so the title cannot be an editor's.");
            }

            return (Agree(id, "title", metadata.Title, headline)!, PublishedTitle);
        }

        if (string.IsNullOrWhiteSpace(metadata.Title))
        {
            throw new ArticleImportException($"{id}: the raw text has no headline; give a short neutral title (titleSource: {EditorTitle}).");
        }

        return (metadata.Title, metadata.TitleSource ?? EditorTitle);
    }

    private static T? Agree<T>(string id, string field, T? given, T? found)
    {
        if (given is not null && found is not null && !EqualityComparer<T>.Default.Equals(given, found))
        {
            throw new ArticleImportException($"{id}: the metadata gives {field} '{given}' but the raw text says '{found}'.");
        }

        return given ?? found;
    }

    // Ids become file names (question-bank/articles/<id>.txt) and appear in URLs.
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
