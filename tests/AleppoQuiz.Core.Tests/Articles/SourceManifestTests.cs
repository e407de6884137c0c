using AleppoQuiz.Core.Articles;

namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>The hand-edited manifest is read strictly, so editing mistakes are reported rather than ignored.</summary>
public sealed class SourceManifestTests
{
    [Fact]
    public void Entries_are_read_in_order_with_their_metadata()
    {
        var manifest = SourceManifest.Parse("""
            # comment lines are fine
            articles:
              - file: 001.txt
                id: one
                outlet: Outlet One
                wireCredit: Reuters
                date: 2016-12-17
                title: "A title: with a colon"
                titleSource: editor
                url: https://example.org/one
              - file: 002.txt
                id: two
                outlet: Outlet Two
            """);

        Assert.Equal(["001.txt", "002.txt"], manifest.Entries.Select(e => e.FileName));
        var one = manifest.Entries[0].Metadata;
        Assert.Equal(
            ("one", "Outlet One", "Reuters", new DateOnly(2016, 12, 17), "A title: with a colon", "editor", "https://example.org/one"),
            (one.Id, one.Outlet, one.WireCredit, one.Date, one.Title, one.TitleSource, one.Url));
        Assert.Null(manifest.Entries[1].Metadata.Date);
    }

    [Theory]
    [InlineData("articles:\n  - file: a.txt\n    id: a\n    outlet: A\n  - file: b.txt\n    id: a\n    outlet: B\n", "id 'a' is listed 2 times")]
    [InlineData("articles:\n  - file: a.txt\n    id: a\n    outlet: A\n    date: 16/12/2016\n", "is not yyyy-MM-dd")]
    [InlineData("articles:\n  - file: a.txt\n    id: a\n", "are required")]
    [InlineData("articles:\n  - file: a.txt\n    id: a\n    outlet: A\n    wirecredit: AFP\n", "not valid")]
    public void Mistakes_are_reported(string yaml, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => SourceManifest.Parse(yaml)).Message, StringComparison.Ordinal);
}
