using System.Text;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// Finishes a quiz read from a file: fills a missing quiz id, title and question ids, and keeps question ids
/// unique, because files from other tools often have none or repeat generic names like "Question 1".
/// </summary>
internal static class ImportedQuiz
{
    public const string FallbackId = "imported-quiz";

    public static ImportResult Assemble(
        string? id, string? title, string? description, IReadOnlyList<Question> questions, ImportOptions options,
        IReadOnlyList<ImportNote>? notes = null)
    {
        notes ??= [];
        var skipped = notes.Where(n => n.Skipped).ToArray();
        if (questions.Count == 0)
        {
            throw new ExchangeFormatException(null, skipped.Length == 0
                ? "the file holds no questions"
                : $"none of the file's {skipped.Length} questions is of a kind that can be imported ({string.Join("; ", skipped.Take(3).Select(s => $"{s.Location}: {s.Message}"))})");
        }

        var source = Stem(options.SourceName);
        var quizId = Slug(Blank(id) ? source ?? title ?? "" : id!);
        if (quizId.Length == 0)
        {
            quizId = FallbackId;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        // Ids from other tools are names a teacher typed ("The inequalities < & >"): they become slugs like ours.
        var named = questions.Select((question, index) =>
            question with { Id = Unique(Slug(question.Id) is { Length: > 0 } slug ? slug : $"{quizId}-{index + 1:00}", used) });
        return new ImportResult(new Quiz
        {
            Id = quizId,
            Title = Blank(title) ? source ?? quizId : title!.Trim(),
            Description = description?.Trim() ?? "",
            Questions = named.ToArray(),
        }, notes);
    }

    /// <summary>Lower-case letters, digits and single hyphens: the shape of every id in the bank.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    // "week 3.gift.txt" names the quiz "week 3": every extension goes, not only the last.
    private static string? Stem(string? sourceName)
    {
        var name = Path.GetFileName(sourceName?.Trim() ?? "");
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        return Blank(stem) ? null : stem.Trim();
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
