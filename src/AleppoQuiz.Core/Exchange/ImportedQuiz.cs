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

    public static Quiz Assemble(
        string? id, string? title, string? description, IReadOnlyList<Question> questions, ImportOptions options)
    {
        if (questions.Count == 0)
        {
            throw new ExchangeFormatException(null, "the file holds no questions");
        }

        var source = Stem(options.SourceName);
        var quizId = Blank(id) ? Slug(source ?? title ?? "") : id!.Trim();
        if (quizId.Length == 0)
        {
            quizId = FallbackId;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var named = questions.Select((question, index) =>
            question with { Id = Unique(Blank(question.Id) ? $"{quizId}-{index + 1:00}" : question.Id.Trim(), used) });
        return new Quiz
        {
            Id = quizId,
            Title = Blank(title) ? source ?? quizId : title!.Trim(),
            Description = description?.Trim() ?? "",
            Questions = named.ToArray(),
        };
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
