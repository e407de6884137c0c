using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Articles;

/// <summary>A kind of line that news pages carry around a story but that is never part of it.</summary>
/// <param name="Name">Short name, reported with every line it drops.</param>
/// <param name="Pattern">Matched against the whole trimmed line.</param>
internal sealed record BoilerplatePattern(string Name, Regex Pattern);

/// <summary>
/// The catalogue of page furniture the cleaner drops line by line. Every pattern is anchored to the whole line and
/// is narrow on purpose: a story sentence that merely mentions a browser, a photo agency or copyright must never
/// match, because a dropped story sentence breaks every evidence quote pointing into it.
/// Add a pattern here when a new site's furniture turns up; the story rules elsewhere stay untouched.
/// </summary>
internal static partial class BoilerplateCatalogue
{
    public static IReadOnlyList<BoilerplatePattern> Patterns { get; } =
    [
        // Shown by news sites to old browsers ("IE 11 is not supported. For an optimal experience ...").
        new("browser banner", BrowserBanner()),

        // The alt text of an image slot: "Image:  SYRIA-CONFLICT". A label, never a sentence, so no end punctuation.
        new("image placeholder", ImagePlaceholder()),

        // A photo caption closed by its picture credit ("... on Friday.AFP - Getty Images", "... -Filepix").
        // Story sentences end with punctuation, never with an agency's picture credit.
        new("photo credit", PhotoCredit()),

        // Links and widgets printed after a story: "Also see: ...", "View full gallery", "More Coverage".
        new("related-content link", RelatedContent()),

        // Headers that document archives put before a republished story: "Document #1268182".
        new("archive header", ArchiveHeader()),

        // An archive's author field: "RFE/RL – Radio Free Europe/Radio Liberty (Author)".
        new("author line", AuthorLine()),

        // "Copyright (c) 2010-2020. RFE/RL, Inc. Reprinted with the permission of ..."
        new("copyright notice", CopyrightNotice()),
    ];

    /// <summary>The first pattern matching the line, or null when the line is not known furniture.</summary>
    public static BoilerplatePattern? Match(string line) =>
        Patterns.FirstOrDefault(pattern => pattern.Pattern.IsMatch(line));

    [GeneratedRegex(@"^(?:IE ?\d+|Internet Explorer(?: \d+)?|Your browser) is not supported\b", RegexOptions.IgnoreCase)]
    private static partial Regex BrowserBanner();

    [GeneratedRegex(@"^(?:Image|Photo|Picture):\s+[^.!?]{1,80}$")]
    private static partial Regex ImagePlaceholder();

    [GeneratedRegex(@"(?:Getty Images|\s?-\s?File ?pi[cx])$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:(?:Also see|See also|Related|Read more):.*|View (?:full )?gallery|Special Project|More Coverage)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedContent();

    [GeneratedRegex(@"^Document #\d+$")]
    private static partial Regex ArchiveHeader();

    [GeneratedRegex(@"^.{1,120}\((?:Author|Authors)\)$")]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"^(?:Copyright\s*(?:\(c\)|©)|©|\(c\)\s*\d{4}|Reprinted with (?:the )?permission)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightNotice();
}

/// <summary>Drops every line that the <see cref="BoilerplateCatalogue"/> recognises as page furniture.</summary>
internal sealed class BoilerplateLineRule : ICleaningRule
{
    public void Apply(CleaningContext context)
    {
        for (var i = context.Lines.Count - 1; i >= 0; i--)
        {
            var line = context.Lines[i];
            if (!line.IsBlank && BoilerplateCatalogue.Match(line.Text) is { } pattern)
            {
                context.RemoveAt(i, $"boilerplate: {pattern.Name}");
            }
        }
    }
}
