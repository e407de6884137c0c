using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// Ids for imported articles: a readable slug of the title and a short random suffix ("talks-resume-in-geneva-k3x9qa").
/// The suffix keeps two teachers' imports of stories with the same headline apart, and keeps a teacher's article
/// from ever taking an id the built-in corpus might use later.
/// </summary>
internal static class ArticleIds
{
    private const int MaximumSlugLength = 48;
    private const int SuffixLength = 6;
    private const string SuffixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static async Task<string> NewAsync(QuizDbContext db, string title, CancellationToken ct)
    {
        var slug = Slug(title);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var id = $"{slug}-{RandomNumberGenerator.GetString(SuffixAlphabet, SuffixLength)}";
            // Ids are unique across every teacher's articles, not only those the current one can see.
            if (!await db.Articles.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).AnyAsync(a => a.Id == id, ct))
            {
                return id;
            }
        }

        throw new InvalidOperationException("Could not find an unused article id.");
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents are dropped, other scripts too.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaximumSlugLength)
        {
            // Cut at a word boundary so the id does not end in half a word.
            var cut = slug.LastIndexOf('-', MaximumSlugLength);
            slug = slug[..(cut > 0 ? cut : MaximumSlugLength)].Trim('-');
        }

        return slug.Length == 0 ? "article" : slug;
    }
}
