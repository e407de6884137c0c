using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>How the importer joins the metadata a person gives with what the raw text says about itself.</summary>
public sealed class ArticleImporterTests
{
    private const string Story = "The talks ended without a deal on Friday evening.\n\nBoth sides said they would meet again.";

    private static readonly ArticleMetadata Given = new()
    {
        Id = "upload-1",
        Outlet = "Example Gazette",
        Date = new DateOnly(2016, 12, 16),
        Title = "Talks end without a deal",
    };

    private static readonly ArticleImporter Importer = new();

    [Fact]
    public void Single_upload_with_given_metadata_becomes_an_article()
    {
        var article = Importer.Import("IE 11 is not supported.\n" + Story, Given, "upload.txt");

        Assert.Equal(
            new ArticleDocument
            {
                Id = "upload-1",
                Outlet = "Example Gazette",
                WireCredit = "Example Gazette",
                Date = new DateOnly(2016, 12, 16),
                Title = "Talks end without a deal",
                TitleSource = "editor",
                OriginalFile = "upload.txt",
                Text = Story,
            },
            article);
    }

    [Fact]
    public void Metadata_that_contradicts_the_raw_text_stops_the_import()
    {
        var error = Assert.Throws<ArticleImportException>(() =>
            Importer.Import(Story + "\n- Gazette / Reuters", Given with { WireCredit = "AFP" }));

        Assert.Contains("'AFP'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Gazette / Reuters'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_headline_cannot_be_overridden_by_a_different_title() =>
        Assert.Throws<ArticleImportException>(() =>
            Importer.Import("Talks on Aleppo end without agreement\n" + Story, Given));

    [Fact]
    public void A_published_headline_cannot_be_labelled_an_editors_title() =>
        Assert.Throws<ArticleImportException>(() =>
            Importer.Import("Talks on Aleppo end without agreement\n" + Story, Given with { Title = null, TitleSource = "editor" }));

    [Fact]
    public void A_story_without_headline_needs_a_title() =>
        Assert.Contains("no headline", Assert.Throws<ArticleImportException>(() =>
            Importer.Import(Story, Given with { Title = null })).Message, StringComparison.Ordinal);

    [Fact]
    public void A_story_without_a_date_anywhere_cannot_be_imported() =>
        Assert.Throws<ArticleImportException>(() => Importer.Import(Story, Given with { Date = null }));

    [Fact]
    public void A_dateline_in_the_text_supplies_a_missing_date() =>
        Assert.Equal(
            new DateOnly(2016, 12, 16),
            Importer.Import(Story + "\nAFP\nFri Dec 16 2016", Given with { Date = null }).Date);

    [Theory]
    [InlineData("AFP")]
    [InlineData("../afp")]
    [InlineData("a b")]
    [InlineData("")]
    public void Ids_that_cannot_be_file_names_are_refused(string id) =>
        Assert.Throws<ArticleImportException>(() => Importer.Import(Story, Given with { Id = id }));

    [Fact]
    public void A_file_of_only_furniture_is_refused() =>
        Assert.Throws<ArticleImportException>(() => Importer.Import("View full gallery\nMore Coverage", Given));

    [Fact]
    public void A_manifest_naming_a_missing_raw_file_is_refused()
    {
        var manifest = SourceManifest.Parse("articles:\n  - file: missing.txt\n    id: x\n    outlet: X\n");

        Assert.Contains("missing.txt", Assert.Throws<ArticleImportException>(() =>
            Importer.ImportFolder(manifest, Path.GetTempPath())).Message, StringComparison.Ordinal);
    }
}
