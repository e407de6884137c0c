using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// The evidence quotes, with the outlet that published each, written under the explanation in the general feedback
/// that Moodle (and any GIFT or Moodle XML reader) shows after an attempt: the quotes are the lesson, and a tool that
/// ignores our own metadata must still show them. Our importer takes the block off again when the file also carries
/// the evidence as metadata, so a round trip keeps explanation and evidence apart.
/// </summary>
internal static class EvidenceFeedback
{
    private const string Heading = "Evidence:\n";
    private const string Separator = " — ";

    public static string WithEvidence(string explanation, IReadOnlyList<Evidence> evidence, ExportOptions options)
    {
        if (evidence.Count == 0)
        {
            return explanation;
        }

        var lines = evidence.Select(e => $"“{e.Quote}”{Separator}{options.OutletOf(e.ArticleId)}");
        return (explanation.Length > 0 ? explanation + "\n\n" : "") + Heading + string.Join('\n', lines);
    }

    /// <summary>The explanation without the block <see cref="WithEvidence"/> wrote, or the feedback unchanged.</summary>
    public static string WithoutEvidence(string feedback, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return feedback;
        }

        var start = feedback.LastIndexOf(Heading, StringComparison.Ordinal);
        if (start < 0 || (start > 0 && !feedback.AsSpan(0, start).EndsWith("\n\n")) || !Matches(feedback[(start + Heading.Length)..], evidence))
        {
            return feedback;
        }

        return start == 0 ? "" : feedback[..(start - 2)];
    }

    private static bool Matches(string block, IReadOnlyList<Evidence> evidence)
    {
        var at = 0;
        for (var i = 0; i < evidence.Count; i++)
        {
            var quote = $"“{evidence[i].Quote}”{Separator}";
            if (string.CompareOrdinal(block, at, quote, 0, quote.Length) != 0)
            {
                return false;
            }

            var outletEnd = i + 1 < evidence.Count ? block.IndexOf("\n“", at + quote.Length, StringComparison.Ordinal) : block.Length;
            if (outletEnd < 0 || block.AsSpan(at + quote.Length, outletEnd - at - quote.Length).Contains('\n'))
            {
                return false;
            }

            at = outletEnd + 1;
        }

        return true;
    }
}
